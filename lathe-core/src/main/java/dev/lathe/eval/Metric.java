package dev.lathe.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * A metric known by name, so that tuning, the flow spec and the command line can score by name: names are
 * scikit-learn's ({@code r2}, {@code accuracy}, {@code f1_macro}, {@code roc_auc_ovo}...) without the
 * {@code neg_} prefix, and {@link #greaterIsBetter()} says which way is better. A metric is either a
 * {@link Regression} (numeric predictions) or a {@link Classification} (class probabilities; label metrics use
 * the most probable class, {@link ClassificationMetrics#predicted}).
 */
public sealed interface Metric permits Metric.Regression, Metric.Classification {

    /** The metric's name. */
    String name();

    /** Whether a larger value is a better model (false for errors and losses). */
    boolean greaterIsBetter();

    /** A regression metric scoring targets against predictions, with optional sample weights. */
    @FunctionalInterface
    interface RegressionScore {
        /** The score; {@code w} is {@code null} for equal weights. */
        double score(double[] y, double[] pred, double[] w);
    }

    /** A classification metric scoring class codes against probability rows, with optional sample weights. */
    @FunctionalInterface
    interface ClassificationScore {
        /** The score; {@code w} is {@code null} for equal weights. */
        double score(int[] y, double[][] proba, double[] w);
    }

    /** A named regression metric. */
    record Regression(String name, boolean greaterIsBetter, RegressionScore scorer) implements Metric {

        /** Scores predictions {@code pred} against targets {@code y}; {@code w} {@code null} for equal weights. */
        public double score(double[] y, double[] pred, double[] w) {
            return scorer.score(y, pred, w);
        }
    }

    /** A named classification metric. */
    record Classification(String name, boolean greaterIsBetter, ClassificationScore scorer) implements Metric {

        /** Scores probability rows {@code proba} against class codes {@code y}; {@code w} {@code null} for equal weights. */
        public double score(int[] y, double[][] proba, double[] w) {
            return scorer.score(y, proba, w);
        }
    }

    /** The metric of that name; an unknown name is an error that lists the known ones. */
    static Metric of(String name) {
        Metric m = Registry.ALL.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown metric '" + name + "'; known: " + String.join(", ", names()));
        }
        return m;
    }

    /** Every known metric name, sorted. */
    static List<String> names() {
        return List.copyOf(Registry.ALL.keySet());
    }

    /** The table of named metrics. */
    final class Registry {

        private static final Map<String, Metric> ALL = build();

        private Registry() {
        }

        private static Map<String, Metric> build() {
            Map<String, Metric> m = new TreeMap<>();
            regression(m, "mae", false, RegressionMetrics::mae);
            regression(m, "mse", false, RegressionMetrics::mse);
            regression(m, "rmse", false, RegressionMetrics::rmse);
            regression(m, "mape", false, RegressionMetrics::mape);
            regression(m, "smape", false, RegressionMetrics::smape);
            regression(m, "median_absolute_error", false, RegressionMetrics::medianAbsoluteError);
            regression(m, "max_error", false, (y, p, w) -> {
                if (w != null) {
                    throw new IllegalArgumentException("max_error takes no sample weights (as in scikit-learn)");
                }
                return RegressionMetrics.maxError(y, p);
            });
            regression(m, "r2", true, RegressionMetrics::r2);
            regression(m, "explained_variance", true, RegressionMetrics::explainedVariance);
            regression(m, "mean_pinball_loss", false, (y, p, w) -> RegressionMetrics.meanPinballLoss(y, p, 0.5, w));
            regression(m, "mean_poisson_deviance", false, RegressionMetrics::meanPoissonDeviance);
            regression(m, "mean_gamma_deviance", false, RegressionMetrics::meanGammaDeviance);
            classification(m, "accuracy", true, labels(ClassificationMetrics::accuracy));
            classification(m, "balanced_accuracy", true, labels(ClassificationMetrics::balancedAccuracy));
            classification(m, "matthews_corrcoef", true, labels(ClassificationMetrics::matthewsCorrcoef));
            classification(m, "cohen_kappa", true, labels((y, p, w) -> ClassificationMetrics.cohenKappa(y, p,
                    ClassificationMetrics.KappaWeights.NONE, w)));
            for (Average a : Average.values()) {
                String suffix = a == Average.BINARY ? "" : "_" + a.name().toLowerCase(Locale.ROOT);
                classification(m, "precision" + suffix, true,
                        labels((y, p, w) -> ClassificationMetrics.precision(y, p, a, w)));
                classification(m, "recall" + suffix, true, labels((y, p, w) -> ClassificationMetrics.recall(y, p, a, w)));
                classification(m, "f1" + suffix, true, labels((y, p, w) -> ClassificationMetrics.f1(y, p, a, w)));
            }
            classification(m, "roc_auc", true, ClassificationMetrics::rocAuc);
            classification(m, "roc_auc_ovr", true, (y, p, w) -> ClassificationMetrics.rocAucOvr(y, p, Average.MACRO, w));
            classification(m, "roc_auc_ovr_weighted", true,
                    (y, p, w) -> ClassificationMetrics.rocAucOvr(y, p, Average.WEIGHTED, w));
            classification(m, "roc_auc_ovo", true, unweighted("roc_auc_ovo",
                    (y, p) -> ClassificationMetrics.rocAucOvo(y, p, Average.MACRO)));
            classification(m, "roc_auc_ovo_weighted", true, unweighted("roc_auc_ovo_weighted",
                    (y, p) -> ClassificationMetrics.rocAucOvo(y, p, Average.WEIGHTED)));
            classification(m, "log_loss", false, ClassificationMetrics::logLoss);
            classification(m, "average_precision", true, ClassificationMetrics::averagePrecision);
            classification(m, "brier_score", false, ClassificationMetrics::brierScore);
            classification(m, "top_k_accuracy", true, (y, p, w) -> ClassificationMetrics.topKAccuracy(y, p, 2, w));
            classification(m, "expected_calibration_error", false, ClassificationMetrics::expectedCalibrationError);
            return m;
        }

        private static void regression(Map<String, Metric> m, String name, boolean greater, RegressionScore s) {
            m.put(name, new Regression(name, greater, s));
        }

        private static void classification(Map<String, Metric> m, String name, boolean greater, ClassificationScore s) {
            m.put(name, new Classification(name, greater, s));
        }

        /** A label metric scored on the most probable class of each row. */
        private static ClassificationScore labels(LabelScore s) {
            return (y, proba, w) -> {
                Inputs.proba(y, proba);
                return s.score(y, ClassificationMetrics.predicted(proba), w);
            };
        }

        private static ClassificationScore unweighted(String name, ToDoubleBiFunction<int[], double[][]> s) {
            return (y, proba, w) -> {
                if (w != null) {
                    throw new IllegalArgumentException(name + " takes no sample weights (as in scikit-learn)");
                }
                return s.applyAsDouble(y, proba);
            };
        }

        /** A metric of true and predicted class codes. */
        @FunctionalInterface
        private interface LabelScore {
            double score(int[] y, int[] pred, double[] w);
        }
    }
}
