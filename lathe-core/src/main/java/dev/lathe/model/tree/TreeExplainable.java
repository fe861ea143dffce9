package dev.lathe.model.tree;

import dev.lathe.frame.Frame;
import dev.lathe.model.Explainable;

/**
 * A fitted model made of trees, readable by exact TreeSHAP ({@code dev.lathe.explain.TreeShap}): decision
 * trees, random forests, extra trees and gradient boosting.
 */
public interface TreeExplainable extends Explainable {

    /** The model as a sum of trees (see {@link AdditiveTrees}). */
    AdditiveTrees additiveTrees();

    /**
     * The rows of {@code x} as the trees read them: {@code result[j][i]} is row i of feature j of
     * {@link AdditiveTrees#features()}, NaN when missing (or an unseen category), categories as the codes
     * the trees' categorical splits test.
     */
    double[][] treeInputs(Frame x);
}
