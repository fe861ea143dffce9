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
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * Histogram gradient boosting for classification, as scikit-learn's HistGradientBoostingClassifier: the
 * binary log loss with one tree per iteration for two classes, the multinomial log loss with one tree per
 * class and iteration for more. Binning, growth and the hyperparameters are those of
 * {@link GradientBoostingRegressor}, which documents each one's meaning, default and range.
 */
public record GradientBoostingClassifier(int maxIter, double learningRate, int maxLeafNodes, int maxDepth,
                                         int minSamplesLeaf, double l2Regularization, int maxBins,
                                         boolean earlyStopping, double validationFraction, int nIterNoChange,
                                         double subsample, double colsample, long randomState)
        implements Estimator, SupportsSampleWeights {

    public GradientBoostingClassifier {
        settings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins,
                earlyStopping, validationFraction, nIterNoChange, subsample, colsample, randomState);
    }

    /** scikit-learn's defaults: 100 iterations, 31 leaves, learning rate 0.1, 255 bins, no early stopping. */
    public GradientBoostingClassifier() {
        this(100, 0.1, 31, 0, 20, 0, 255, false, 0.1, 10, 1, 1, 0);
    }

    private static BoostingSettings settings(int maxIter, double learningRate, int maxLeafNodes, int maxDepth,
                                             int minSamplesLeaf, double l2, int maxBins, boolean earlyStopping,
                                             double validationFraction, int nIterNoChange, double subsample,
                                             double colsample, long randomState) {
        return new BoostingSettings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf, l2, maxBins,
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
        Targets.Encoded t = Targets.classes(y);
        double[] w = weighted ? SampleWeights.check(sampleWeights, x.rowCount()) : null;
        double[] codes = new double[t.codes().length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = t.codes()[i];
        }
        int k = t.classes().size();
        Objective objective = k == 2
                ? new PointwiseObjective(Losses.log(), (yy, ww, rows) -> logit(PointwiseObjective.mean(yy, ww, rows)))
                : new MultinomialObjective(k);
        BoostingSettings s = settings(maxIter, learningRate, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, subsample, colsample,
                randomState);
        return new Fitted(t.classes(), Booster.fit(columns, x.names(), codes, w, objective, s));
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
    public static final class Fitted implements Classifier {
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
            if (iterations < 0 || iterations > ensemble.iterations()) {
                throw new IllegalArgumentException("iterations must be in [0, " + ensemble.iterations() + "], got "
                        + iterations);
            }
            double[][] raw = ensemble.raw(MissingFeatures.matrix(x.select(ensemble.featureNames())), iterations);
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
         * The trees in fitting order, each read-only: with K > 2 classes tree t raises the score of class
         * t mod K; with two classes every tree raises the score of the second class.
         */
        public List<TreeStructure> trees() {
            return ensemble.trees();
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
