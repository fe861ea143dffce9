package dev.lathe.model.ensemble;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Regressor;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * Histogram gradient boosting for regression, as scikit-learn's HistGradientBoostingRegressor and
 * LightGBM: features binned once into at most {@code max_bins} quantile bins (missing values in a bin of
 * their own, whose direction each split learns), trees grown leaf-wise on gradient histograms, leaf
 * values the Newton step -G / (H + l2_regularization) times the learning rate. Features must be numeric
 * or boolean; missing values (NaN) are accepted, infinities are not.
 *
 * @param loss               what to minimise (default squared_error)
 * @param quantile           the quantile for loss quantile, in (0, 1) (default 0.5)
 * @param huberDelta         the threshold of loss huber, greater than 0 (default 1.0)
 * @param maxIter            boosting iterations (trees), at least 1 (default 100)
 * @param learningRate       shrinkage of each tree, greater than 0 (default 0.1)
 * @param maxLeafNodes       leaves per tree, at least 2 (default 31)
 * @param maxDepth           depth limit per tree, 0 for none (default 0)
 * @param minSamplesLeaf     rows per leaf, at least 1 (default 20)
 * @param l2Regularization   L2 penalty on leaf values, at least 0 (default 0)
 * @param maxBins            bins per feature besides the missing bin, in [2, 255] (default 255)
 * @param earlyStopping      whether to hold out {@code validation_fraction} of the rows and stop when their
 *                           loss stops improving (default false)
 * @param validationFraction share of rows held out for early stopping, in (0, 1) (default 0.1)
 * @param nIterNoChange      iterations without improvement before stopping, at least 1 (default 10)
 * @param subsample          share of rows (Bernoulli) each iteration learns from, in (0, 1] (default 1)
 * @param colsample          share of features each tree may split on, in (0, 1] (default 1)
 * @param randomState        seed of binning, hold-out and sampling (default 0)
 */
public record GradientBoostingRegressor(RegressionLoss loss, double quantile, double huberDelta, int maxIter,
                                        double learningRate, int maxLeafNodes, int maxDepth, int minSamplesLeaf,
                                        double l2Regularization, int maxBins, boolean earlyStopping,
                                        double validationFraction, int nIterNoChange, double subsample,
                                        double colsample, long randomState)
        implements Estimator, SupportsSampleWeights {

    public GradientBoostingRegressor {
        if (loss == null) {
            throw new IllegalArgumentException("loss is required; one of " + List.of(RegressionLoss.values()));
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
        }
        Check.positive("huber_delta", huberDelta);
        settings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins,
                earlyStopping, validationFraction, nIterNoChange, subsample, colsample, randomState);
    }

    /** scikit-learn's defaults: squared error, 100 trees of 31 leaves, learning rate 0.1, 255 bins. */
    public GradientBoostingRegressor() {
        this(RegressionLoss.SQUARED_ERROR, 0.5, 1.0, 100, 0.1, 31, 0, 20, 0, 255, false, 0.1, 10, 1, 1, 0);
    }

    private static BoostingSettings settings(int maxIter, double learningRate, int maxLeafNodes, int maxDepth,
                                             int minSamplesLeaf, double l2, int maxBins, boolean earlyStopping,
                                             double validationFraction, int nIterNoChange, double subsample,
                                             double colsample, long randomState) {
        return new BoostingSettings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2, maxBins,
                earlyStopping, validationFraction, nIterNoChange, subsample, colsample, randomState);
    }

    private BoostingSettings settings() {
        return settings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins,
                earlyStopping, validationFraction, nIterNoChange, subsample, colsample, randomState);
    }

    @Override
    public Fitted fit(Frame x, Column y) {
        return fit(x, y, null, false);
    }

    /** As {@link #fit(Frame, Column)}, each row's loss weighted (one non-negative finite weight per row). */
    @Override
    public Fitted fit(Frame x, Column y, double[] sampleWeights) {
        return fit(x, y, sampleWeights, true);
    }

    private Fitted fit(Frame x, Column y, double[] sampleWeights, boolean weighted) {
        double[][] columns = MissingFeatures.matrix(x);
        double[] target = Targets.numeric(y);
        if (target.length != x.rowCount()) {
            throw new IllegalArgumentException("got " + target.length + " targets for " + x.rowCount() + " rows");
        }
        loss.checkTarget(target, y.name());
        double[] w = weighted ? SampleWeights.check(sampleWeights, x.rowCount()) : null;
        return new Fitted(Booster.fit(columns, x.names(), target, w, loss.objective(quantile, huberDelta),
                settings()), loss);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    /** The fitted booster: predictions are the raw scores, through exp for the Poisson and gamma losses. */
    public static final class Fitted implements Regressor {
        /** Type name in model files. */
        public static final String TYPE = "gradient_boosting_regressor";

        private final TreeEnsemble ensemble;
        private final RegressionLoss loss;

        Fitted(TreeEnsemble ensemble, RegressionLoss loss) {
            this.ensemble = ensemble;
            this.loss = loss;
        }

        @Override
        public double[] predict(Frame x) {
            return predict(x, ensemble.iterations());
        }

        /**
         * Predictions after only the first {@code iterations} trees (scikit-learn's staged_predict, one
         * stage at a time), in [0, {@link #iterations()}].
         */
        public double[] predict(Frame x, int iterations) {
            if (iterations < 0 || iterations > ensemble.iterations()) {
                throw new IllegalArgumentException("iterations must be in [0, " + ensemble.iterations() + "], got "
                        + iterations);
            }
            double[] raw = ensemble.raw(MissingFeatures.matrix(x.select(ensemble.featureNames())), iterations)[0];
            if (loss == RegressionLoss.POISSON || loss == RegressionLoss.GAMMA) {
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = Math.exp(raw[i]);
                }
            }
            return raw;
        }

        /** Number of boosting iterations fitted (fewer than max_iter when early stopping ended the fit). */
        public int iterations() {
            return ensemble.iterations();
        }

        /** The trees in fitting order, each read-only. */
        public List<TreeStructure> trees() {
            return ensemble.trees();
        }

        /** The raw score every prediction starts from (the best constant for the loss). */
        public double baseScore() {
            return ensemble.base()[0];
        }

        /** The loss the model was fitted with. */
        public RegressionLoss loss() {
            return loss;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("loss", loss.label());
            ensemble.save(out);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            String name = in.getString("loss");
            RegressionLoss loss = null;
            for (RegressionLoss l : RegressionLoss.values()) {
                if (l.label().equals(name)) {
                    loss = l;
                }
            }
            if (loss == null) {
                throw in.fail("has unknown loss '" + name + "'");
            }
            TreeEnsemble e = TreeEnsemble.load(in);
            if (e.outputs() != 1) {
                throw in.fail("has " + e.outputs() + " outputs, a regressor has 1");
            }
            return new Fitted(e, loss);
        }
    }
}
