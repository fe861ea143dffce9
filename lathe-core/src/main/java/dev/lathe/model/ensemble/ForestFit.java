package dev.lathe.model.ensemble;

import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.tree.Criterion;
import dev.lathe.model.tree.Growth;
import dev.lathe.model.tree.TreeLearner;

/** The one fitting procedure behind the four forest estimators. */
final class ForestFit {

    private ForestFit() {
    }

    /** Fits a classification forest; class weight null, balanced, balanced_subsample or per class. */
    static ForestClassifierModel classifier(Frame x, Column y, double[] sampleWeights, Criterion criterion,
                                            Growth growth, boolean randomCuts, double ccpAlpha, Bagging bagging,
                                            Object classWeight) {
        boolean perSample = "balanced_subsample".equals(classWeight) && bagging.bootstrap();
        TreeLearner learner = TreeLearner.classification(x, y, sampleWeights, perSample ? null : classWeight,
                criterion, bagging.maxBins());
        Grown grown = ForestGrower.grow(learner, growth, randomCuts, ccpAlpha, bagging, perSample, bagging.oobScore());
        if (!bagging.oobScore()) {
            return new ForestClassifierModel(learner.classes(), grown.trees(), null, Double.NaN);
        }
        double[][] oob = OutOfBag.predictions(grown, Features.matrixWithMissing(x));
        int[] codes = learner.classCodes();
        int[] rows = OutOfBag.covered(oob);
        int right = 0;
        for (int i : rows) {
            int best = 0;
            for (int k = 1; k < oob[i].length; k++) {
                if (oob[i][k] > oob[i][best]) {
                    best = k;
                }
            }
            right += best == codes[i] ? 1 : 0;
        }
        double score = rows.length == 0 ? Double.NaN : (double) right / rows.length;
        return new ForestClassifierModel(learner.classes(), grown.trees(), oob, score);
    }

    /** Fits a regression forest, keeping the leaves' training targets when {@code quantiles} is set. */
    static ForestRegressorModel regressor(Frame x, Column y, double[] sampleWeights, Criterion criterion,
                                          Growth growth, boolean randomCuts, double ccpAlpha, Bagging bagging,
                                          boolean quantiles) {
        TreeLearner learner = TreeLearner.regression(x, y, sampleWeights, criterion, bagging.maxBins());
        boolean keep = bagging.oobScore() || quantiles;
        Grown grown = ForestGrower.grow(learner, growth, randomCuts, ccpAlpha, bagging, false, keep);
        double[][] columns = keep ? Features.matrixWithMissing(x) : null;
        double[] oob = null;
        double score = Double.NaN;
        if (bagging.oobScore()) {
            double[][] predictions = OutOfBag.predictions(grown, columns);
            int[] rows = OutOfBag.covered(predictions);
            double[] target = learner.target();
            oob = new double[predictions.length];
            double[] covered = new double[rows.length];
            double[] truth = new double[rows.length];
            for (int i = 0; i < oob.length; i++) {
                oob[i] = predictions[i][0];
            }
            for (int k = 0; k < rows.length; k++) {
                covered[k] = oob[rows[k]];
                truth[k] = target[rows[k]];
            }
            score = rows.length < 2 ? Double.NaN : RegressionMetrics.r2(truth, covered);
        }
        LeafTargets leaves = quantiles ? LeafTargets.of(grown, columns, learner.target()) : null;
        return new ForestRegressorModel(grown.trees(), oob, score, leaves);
    }
}
