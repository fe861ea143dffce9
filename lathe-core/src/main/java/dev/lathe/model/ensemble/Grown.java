package dev.lathe.model.ensemble;

import dev.lathe.model.tree.Tree;
import java.util.List;

/**
 * The trees of a fitted forest, with each tree's training weight per row (0 for out-of-bag rows) when
 * out-of-bag predictions or leaf targets need them, else null.
 */
record Grown(List<Tree> trees, List<double[]> rowWeights) {
}
