package dev.lathe.model.ensemble;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Regressor;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Map;

/**
 * Histogram gradient boosting for regression, as scikit-learn's HistGradientBoostingRegressor and
 * LightGBM: features binned once into at most {@code max_bins} quantile bins (missing values in a bin of
 * their own, whose direction each split learns), trees grown leaf-wise on gradient histograms, leaf
 * values the Newton step -G / (H + l2_regularization) times the learning rate. Features are numeric or
 * boolean (missing values, NaN, accepted; infinities not) or categorical: {@code CategoricalColumn}s and the
 * columns named in {@code categorical_features} are split natively by category sets, as LightGBM does
 * (categories matched by label text; one unseen in training goes where missing values go). Early stopping
 * can also use given validation data: {@link #fit(Frame, Column, Frame, Column)}.
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
 * @param tol                least decrease of the validation loss that counts as improvement, at least 0
 *                           (default 1e-7)
 * @param subsample          share of rows (Bernoulli) each iteration learns from, in (0, 1] (default 1)
 * @param colsample          share of features each tree may split on, in (0, 1] (default 1)
 * @param categoricalFeatures columns to treat as categorical besides {@code CategoricalColumn}s, by name
 *                           (default none); each is binned by category: at most {@code max_bins} categories,
 *                           the rarer ones sharing an "other" bin
 * @param catSmooth          added to each category's Hessian sum when categories are ordered by
 *                           gradient / Hessian for a split (LightGBM's cat_smooth), so that rare categories
 *                           are not ordered by noise; at least 0 (default 10)
 * @param minDataPerGroup    rows of known categories each side of a categorical split must hold (LightGBM's
 *                           min_data_per_group), at least 1 (default 100)
 * @param monotonicCst       per feature name, -1 (predictions decrease with the feature), 0 (no constraint)
 *                           or +1 (increase), as scikit-learn's monotonic_cst given as a dict; enforced by
 *                           bounding children values at the mid-point of a constrained split's children;
 *                           not allowed on categorical features (default none)
 * @param randomState        seed of binning, hold-out, sampling and the rounding of quantised gradients (default 0)
 * @param quantizedGradients whether split finding sums gradients quantised to integers (LightGBM's
 *                           use_quantized_grad; seeded stochastic rounding, leaf values from the exact
 *                           gradients; about 1.3 x faster fits), or exact fixed-point sums; fits of more than
 *                           about 466,000 rows are always exact (default true)
 */
public record GradientBoostingRegressor(RegressionLoss loss, double quantile, double huberDelta, int maxIter,
                                        double learningRate, int maxLeafNodes, int maxDepth, int minSamplesLeaf,
                                        double l2Regularization, int maxBins, boolean earlyStopping,
                                        double validationFraction, int nIterNoChange, double tol,
                                        double subsample, double colsample, List<String> categoricalFeatures,
                                        double catSmooth, int minDataPerGroup, Map<String, Integer> monotonicCst,
                                        long randomState, boolean quantizedGradients)
        implements Estimator, SupportsSampleWeights {

    public GradientBoostingRegressor {
        if (loss == null) {
            throw new IllegalArgumentException("loss is required; one of " + List.of(RegressionLoss.values()));
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
        }
        Check.positive("huber_delta", huberDelta);
        BoostingSettings s = new BoostingSettings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, tol, subsample,
                colsample, categoricalFeatures, catSmooth, minDataPerGroup, monotonicCst, randomState, quantizedGradients);
        categoricalFeatures = s.categoricalFeatures();
        monotonicCst = s.monotonicCst();
    }

    /** scikit-learn's defaults: squared error, 100 trees of 31 leaves, learning rate 0.1, 255 bins. */
    public GradientBoostingRegressor() {
        this(RegressionLoss.SQUARED_ERROR, 0.5, 1.0, 100, 0.1, 31, 0, 20, 0, 255, false, 0.1, 10, 1e-7, 1, 1,
                List.of(), 10, 100, Map.of(), 0, true);
    }

    private BoostingSettings settings() {
        return new BoostingSettings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization,
                maxBins, earlyStopping, validationFraction, nIterNoChange, tol, subsample, colsample,
                categoricalFeatures, catSmooth, minDataPerGroup, monotonicCst, randomState, quantizedGradients);
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

    /**
     * Fits on {@code x, y} and stops early on the validation data {@code validX, validY} (same columns, by
     * name): fitting ends once the validation loss has not improved by more than {@code tol} for
     * {@code n_iter_no_change} iterations, whatever {@code early_stopping} says. The model keeps every tree
     * fitted and records the validation loss per iteration and the best iteration.
     */
    public Fitted fit(Frame x, Column y, Frame validX, Column validY) {
        BoostingSettings s = settings();
        BoostingFeatures features = BoostingFeatures.learn(x, s.categoricalFeatures());
        double[][] columns = features.matrix(x);
        double[] valid = target(validY, validX.rowCount(), "validation ");
        return new Fitted(Booster.fit(features, columns, target(y, x.rowCount(), ""), null, features.matrix(validX),
                valid, loss.objective(quantile, huberDelta), s), loss);
    }

    private Fitted fit(Frame x, Column y, double[] sampleWeights, boolean weighted) {
        BoostingSettings s = settings();
        BoostingFeatures features = BoostingFeatures.learn(x, s.categoricalFeatures());
        double[][] columns = features.matrix(x);
        double[] target = target(y, x.rowCount(), "");
        double[] w = weighted ? SampleWeights.check(sampleWeights, x.rowCount()) : null;
        return new Fitted(Booster.fit(features, columns, target, w, loss.objective(quantile, huberDelta), s), loss);
    }

    private double[] target(Column y, int rows, String role) {
        double[] target = Targets.numeric(y);
        if (target.length != rows) {
            throw new IllegalArgumentException("got " + target.length + " " + role + "targets for " + rows + " "
                    + role + "rows");
        }
        loss.checkTarget(target, y.name());
        return target;
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    /** The fitted booster: predictions are the raw scores, through exp for the Poisson and gamma losses. */
    public static final class Fitted implements Regressor, TreeExplainable {
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
            double[] raw = ensemble.raw(x, iterations)[0];
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

        /**
         * The iteration count with the least validation loss when the fit was validated (early stopping),
         * else {@link #iterations()}; {@code predict(x, bestIteration())} predicts with it.
         */
        public int bestIteration() {
            return ensemble.bestIteration();
        }

        /**
         * The mean validation loss after 0, 1, ..., {@link #iterations()} iterations (index 0: the base score
         * alone) when the fit was validated; empty otherwise.
         */
        public double[] validationScores() {
            return ensemble.validationScores();
        }

        /** The trees in fitting order, each read-only. */
        public List<TreeStructure> trees() {
            return ensemble.trees();
        }

        /** One output: the prediction, or its logarithm for the Poisson and gamma losses. */
        @Override
        public AdditiveTrees additiveTrees() {
            return ensemble.additive(List.of("prediction"));
        }

        @Override
        public double[][] treeInputs(Frame x) {
            return ensemble.inputs(x);
        }

        @Override
        public String explainedScale() {
            return loss == RegressionLoss.POISSON || loss == RegressionLoss.GAMMA ? "log of the prediction" : "prediction";
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
