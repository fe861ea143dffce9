package dev.lathe.model.ensemble;

import dev.lathe.model.tree.Tree;
import java.util.List;

/** A forest's impurity-based feature importance: the mean of its trees' normalised importances, renormalised. */
final class Importances {

    private Importances() {
    }

    static double[] mean(List<Tree> trees) {
        double[] out = new double[trees.get(0).featureNames().size()];
        for (Tree t : trees) {
            double[] imp = t.featureImportances();
            for (int j = 0; j < out.length; j++) {
                out[j] += imp[j];
            }
        }
        double total = 0;
        for (double v : out) {
            total += v;
        }
        if (total > 0) {
            for (int j = 0; j < out.length; j++) {
                out[j] /= total;
            }
        }
        return out;
    }
}
