package dev.lathe.model.ensemble;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.loss.Losses;
import dev.lathe.loss.MultinomialLogLoss;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;
import java.util.Map;

/**
 * Histogram gradient boosting for classification, as scikit-learn's HistGradientBoostingClassifier: the
 * binary log loss with one tree per iteration for two classes, the multinomial log loss with one tree per
 * class and iteration for more. Binning, growth, categorical features, monotonic constraints (on the raw
 * score, so on the probability of the second class for two classes) and the hyperparameters are those of
 * {@link GradientBoostingRegressor}, which documents each one's meaning, default and range.
 */
public record GradientBoostingClassifier(int maxIter, double learningRate, int maxLeafNodes, int maxDepth,
                                         int minSamplesLeaf, double l2Regularization, int maxBins,
                                         boolean earlyStopping, double validationFraction, int nIterNoChange,
                                         double tol, double subsample, double colsample,
                                         List<String> categoricalFeatures, double catSmooth, int minDataPerGroup,
                                         Map<String, Integer> monotonicCst, long randomState,
                                         boolean quantizedGradients)
        implements Estimator, SupportsSampleWeights {

    public GradientBoostingClassifier {
        BoostingSettings s = new BoostingSettings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, tol, subsample,
                colsample, categoricalFeatures, catSmooth, minDataPerGroup, monotonicCst, randomState, quantizedGradients);
        categoricalFeatures = s.categoricalFeatures();
        monotonicCst = s.monotonicCst();
    }

    /** scikit-learn's defaults: 100 iterations, 31 leaves, learning rate 0.1, 255 bins, no early stopping. */
    public GradientBoostingClassifier() {
        this(100, 0.1, 31, 0, 20, 0, 255, false, 0.1, 10, 1e-7, 1, 1, List.of(), 10, 100, Map.of(), 0, true);
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
     * name; every validation class must occur in {@code y}): fitting ends once the validation log loss has
     * not improved by more than {@code tol} for {@code n_iter_no_change} iterations, whatever
     * {@code early_stopping} says. The model keeps every tree fitted and records the validation loss per
     * iteration and the best iteration.
     */
    public Fitted fit(Frame x, Column y, Frame validX, Column validY) {
        BoostingSettings s = settings();
        BoostingFeatures features = BoostingFeatures.learn(x, s.categoricalFeatures());
        double[][] columns = features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        if (validY.size() != validX.rowCount()) {
            throw new IllegalArgumentException("got " + validY.size() + " validation targets for "
                    + validX.rowCount() + " validation rows");
        }
        double[] valid = new double[validY.size()];
        for (int i = 0; i < valid.length; i++) {
            int code = validY.isMissing(i) ? -1 : t.classes().indexOf(validY.format(i));
            if (code < 0) {
                throw new IllegalArgumentException("validation target '" + validY.name() + "' row " + (i + 1)
                        + " has class '" + validY.format(i) + "', not among the training classes " + t.classes());
            }
            valid[i] = code;
        }
        return new Fitted(t.classes(), Booster.fit(features, columns, codes(t), null, features.matrix(validX), valid,
                objective(t.classes().size()), s));
    }

    private Fitted fit(Frame x, Column y, double[] sampleWeights, boolean weighted) {
        BoostingSettings s = settings();
        BoostingFeatures features = BoostingFeatures.learn(x, s.categoricalFeatures());
        double[][] columns = features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        double[] w = weighted ? SampleWeights.check(sampleWeights, x.rowCount()) : null;
        return new Fitted(t.classes(), Booster.fit(features, columns, codes(t), w, objective(t.classes().size()), s));
    }

    private static double[] codes(Targets.Encoded t) {
        double[] codes = new double[t.codes().length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = t.codes()[i];
        }
        return codes;
    }

    private static Objective objective(int k) {
        return k == 2
                ? new LogisticObjective(new PointwiseObjective(Losses.log(),
                        (yy, ww, rows) -> logit(PointwiseObjective.mean(yy, ww, rows))))
                : new MultinomialObjective(k);
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
        return Math.log(q / (1 - q));
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }

    /** The fitted booster: probabilities are the sigmoid (two classes) or softmax (more) of the raw scores. */
    public static final class Fitted implements Classifier, TreeExplainable {
        /** Type name in model files. */
        public static final String TYPE = "gradient_boosting_classifier";

        private final List<String> classes;
        private final TreeEnsemble ensemble;

        Fitted(List<String> classes, TreeEnsemble ensemble) {
            int expected = classes.size() == 2 ? 1 : classes.size();
            if (classes.size() < 2 || ensemble.outputs() != expected) {
                throw new IllegalArgumentException(classes.size() + " classes need " + expected + " outputs, got "
                        + ensemble.outputs());
            }
            this.classes = List.copyOf(classes);
            this.ensemble = ensemble;
        }

        @Override
        public List<String> classes() {
            return classes;
        }

        @Override
        public double[][] predictProba(Frame x) {
            return predictProba(x, ensemble.iterations());
        }

        /**
         * Probabilities after only the first {@code iterations} iterations (scikit-learn's
         * staged_predict_proba, one stage at a time), in [0, {@link #iterations()}].
         */
        public double[][] predictProba(Frame x, int iterations) {
            double[][] raw = ensemble.raw(x, iterations);
            int n = raw[0].length;
            double[][] out = new double[n][];
            double[] scores = new double[raw.length];
            for (int i = 0; i < n; i++) {
                if (raw.length == 1) {
                    double p = Losses.sigmoid(raw[0][i]);
                    out[i] = new double[] {1 - p, p};
                } else {
                    for (int k = 0; k < raw.length; k++) {
                        scores[k] = raw[k][i];
                    }
                    out[i] = new double[raw.length];
                    MultinomialLogLoss.softmax(scores, out[i]);
                }
            }
            return out;
        }

        /** Number of boosting iterations fitted (fewer than max_iter when early stopping ended the fit). */
        public int iterations() {
            return ensemble.iterations();
        }

        /**
         * The iteration count with the least validation loss when the fit was validated (early stopping),
         * else {@link #iterations()}; {@code predictProba(x, bestIteration())} predicts with it.
         */
        public int bestIteration() {
            return ensemble.bestIteration();
        }

        /**
         * The mean validation log loss after 0, 1, ..., {@link #iterations()} iterations (index 0: the base
         * scores alone) when the fit was validated; empty otherwise.
         */
        public double[] validationScores() {
            return ensemble.validationScores();
        }

        /**
         * The trees in fitting order, each read-only: with K > 2 classes tree t raises the score of class
         * t mod K; with two classes every tree raises the score of the second class.
         */
        public List<TreeStructure> trees() {
            return ensemble.trees();
        }

        /** Outputs: the log-odds of the second class for two classes, one raw score per class for more. */
        @Override
        public AdditiveTrees additiveTrees() {
            return ensemble.additive(classes.size() == 2 ? List.of(classes.get(1)) : classes);
        }

        @Override
        public double[][] treeInputs(Frame x) {
            return ensemble.inputs(x);
        }

        @Override
        public String explainedScale() {
            return classes.size() == 2 ? "log-odds" : "raw score";
        }

        /** The raw scores every prediction starts from: one (log-odds) for two classes, one per class else. */
        public double[] baseScores() {
            return ensemble.base();
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("classes", classes);
            ensemble.save(out);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("classes"), TreeEnsemble.load(in));
        }
    }
}
