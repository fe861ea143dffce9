package dev.lathe.model.tree;

import java.util.BitSet;
import java.util.List;

/**
 * A read-only view of one fitted decision tree, shared by every tree learner (CART, forests, gradient
 * boosting) so that explanation (exact TreeSHAP), export (text, Graphviz) and inspection work on all of
 * them. Nodes are numbered 0..nodeCount()-1 with the root at 0.
 */
public interface TreeStructure {

    /** Number of nodes, leaves included. */
    int nodeCount();

    /** Whether {@code node} is a leaf. */
    boolean isLeaf(int node);

    /** The feature index (into {@link #featureNames()}) a split node tests; -1 for a leaf. */
    int feature(int node);

    /** A numeric split sends a row left when its value is {@code <=} this threshold; NaN for a leaf. */
    double threshold(int node);

    /** The left child of a split node; -1 for a leaf. */
    int left(int node);

    /** The right child of a split node; -1 for a leaf. */
    int right(int node);

    /** Where a row whose feature value is missing goes at this split. */
    boolean missingGoesLeft(int node);

    /** Whether the split tests category membership instead of a threshold. */
    default boolean categoricalSplit(int node) {
        return false;
    }

    /** For a categorical split, the category codes that go left; empty otherwise. */
    default BitSet leftCategories(int node) {
        return new BitSet();
    }

    /** Training weight (sample count when unweighted) that reached {@code node}: the "cover". */
    double cover(int node);

    /**
     * The node's value: for a leaf what it predicts (one value for regression and raw boosting scores,
     * one probability per class for classification trees); for split nodes the same quantity over the
     * node's training rows.
     */
    double[] value(int node);

    /** The feature names, in the order {@link #feature} indexes. */
    List<String> featureNames();
}
