package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.parallel.Parallelism;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every point value is checked against the metric functions it must equal (those are checked against
 * scikit-learn 1.2.1 in ClassificationMetricsTest and RegressionMetricsTest); the intervals by their properties.
 */
class EvaluationTest {

    private static final Bootstrap SMALL = new Bootstrap(300, 0.95, 11);

    /** Codes 0..k-1 and probabilities that lean towards the true class. */
    private record Data(int[] y, double[][] proba, double[][] prior) {
        static Data of(int n, int k, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int[] y = new int[n];
            double[][] p = new double[n][k];
            double[][] prior = new double[n][];
            for (int i = 0; i < n; i++) {
                y[i] = r.nextInt(k);
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    p[i][c] = r.nextDouble() + (c == y[i] ? 0.8 : 0);
                    sum += p[i][c];
                }
                for (int c = 0; c < k; c++) {
                    p[i][c] /= sum;
                }
            }
            double[] freq = new double[k];
            for (int c : y) {
                freq[c] += 1.0 / n;
            }
            for (int i = 0; i < n; i++) {
                prior[i] = freq.clone();
            }
            return new Data(y, p, prior);
        }
    }

    @Test
    void binaryMetricsEqualTheMetricFunctionsAndTheBaselineIsScoredTheSameWay() {
        Data d = Data.of(120, 2, 1);
        List<String> classes = List.of("no", "yes");
        ClassificationEvaluation e = ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), classes, SMALL);
        int[] pred = ClassificationMetrics.predicted(d.proba());
        assertThat(e.metrics()).extracting(MetricEstimate::name).containsExactly("accuracy", "balanced_accuracy",
                "precision_macro", "recall_macro", "f1_macro", "precision_weighted", "recall_weighted", "f1_weighted",
                "roc_auc", "average_precision", "log_loss", "brier_score", "matthews_corrcoef", "cohen_kappa");
        assertThat(e.metric("accuracy").value()).isEqualTo(ClassificationMetrics.accuracy(d.y(), d.proba()));
        assertThat(e.metric("f1_weighted").value())
                .isEqualTo(ClassificationMetrics.f1(d.y(), pred, Average.WEIGHTED, null));
        assertThat(e.metric("roc_auc").value()).isEqualTo(ClassificationMetrics.rocAuc(d.y(), d.proba()));
        assertThat(e.metric("average_precision").value())
                .isEqualTo(ClassificationMetrics.averagePrecision(d.y(), d.proba(), null));
        assertThat(e.metric("log_loss").value()).isEqualTo(ClassificationMetrics.logLoss(d.y(), d.proba()));
        assertThat(e.metric("brier_score").value()).isEqualTo(ClassificationMetrics.brierScore(d.y(), d.proba(), null));
        assertThat(e.metric("matthews_corrcoef").value())
                .isEqualTo(ClassificationMetrics.matthewsCorrcoef(d.y(), pred, null));
        assertThat(e.metric("roc_auc").baseline()).isEqualTo(0.5);
        assertThat(e.metric("log_loss").baseline()).isEqualTo(ClassificationMetrics.logLoss(d.y(), d.prior()));
        assertThat(e.metric("log_loss").greaterIsBetter()).isFalse();
        assertThat(e.confusion().toArray()).isEqualTo(ConfusionMatrix.of(d.y(), pred, 2, null).toArray());
        assertThat(e.curves()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("yes");
            assertThat(c.roc().auc()).isEqualTo(e.metric("roc_auc").value());
            assertThat(c.calibration().meanPredicted()).isNotEmpty();
        });
    }

    @Test
    void multiClassAveragesOneVersusRestAndLeavesTheBrierScoreUndefined() {
        Data d = Data.of(150, 3, 2);
        ClassificationEvaluation e = ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), List.of("a", "b", "c"),
                SMALL);
        assertThat(e.metric("roc_auc").value())
                .isEqualTo(ClassificationMetrics.rocAucOvr(d.y(), d.proba(), Average.MACRO, null));
        double ap = 0;
        for (int c = 0; c < 3; c++) {
            double[] score = new double[d.y().length];
            for (int i = 0; i < score.length; i++) {
                score[i] = d.proba()[i][c];
            }
            ap += Curves.precisionRecall(d.y(), score, c, null).averagePrecision() / 3;
        }
        assertThat(e.metric("average_precision").value()).isCloseTo(ap, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(e.metric("brier_score").defined()).isFalse();
        assertThat(e.metric("brier_score").undefinedReason())
                .isEqualTo("the Brier score (scikit-learn's brier_score_loss) needs two classes; the model has 3");
        assertThat(e.curves()).extracting(ClassCurves::label).containsExactly("a", "b", "c");
    }

    @Test
    void aSingleClassLeavesTheRankingMetricsUndefinedWithTheReasonAndKeepsTheOthers() {
        Data d = Data.of(40, 2, 3);
        int[] ones = new int[40];
        java.util.Arrays.fill(ones, 1);
        ClassificationEvaluation e = ClassificationEvaluation.of(ones, d.proba(), d.prior(), List.of("0", "1"), SMALL);
        MetricEstimate auc = e.metric("roc_auc");
        assertThat(auc.defined()).isFalse();
        assertThat(auc.value()).isNaN();
        assertThat(auc.baseline()).isNaN();
        assertThat(auc.undefinedReason()).isEqualTo("ROC AUC needs every class among the targets; class '0' does not occur");
        assertThat(e.metric("average_precision").defined()).isFalse();
        assertThat(e.metric("accuracy").value()).isEqualTo(ClassificationMetrics.accuracy(ones, d.proba()));
        assertThat(e.curves().get(0).roc()).isNull();
        assertThat(e.curves().get(0).calibration()).isNotNull();
    }

    @Test
    void regressionMetricsEqualTheMetricFunctionsWithResidualDiagnostics() {
        SplittableRandom r = new SplittableRandom(4);
        double[] y = new double[80];
        double[] pred = new double[80];
        double[] mean = new double[80];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1 + 10 * r.nextDouble();
            pred[i] = y[i] + r.nextDouble() - 0.5;
        }
        java.util.Arrays.fill(mean, 6);
        RegressionEvaluation e = RegressionEvaluation.of(y, pred, mean, SMALL);
        assertThat(e.metrics()).extracting(MetricEstimate::name).containsExactly("mae", "mse", "rmse", "r2",
                "explained_variance", "median_absolute_error", "max_error", "mape");
        assertThat(e.metric("rmse").value()).isEqualTo(RegressionMetrics.rmse(y, pred));
        assertThat(e.metric("r2").value()).isEqualTo(RegressionMetrics.r2(y, pred));
        assertThat(e.metric("median_absolute_error").value())
                .isEqualTo(RegressionMetrics.medianAbsoluteError(y, pred, null));
        assertThat(e.metric("max_error").value()).isEqualTo(RegressionMetrics.maxError(y, pred));
        assertThat(e.metric("mape").value()).isEqualTo(RegressionMetrics.mape(y, pred, null));
        assertThat(e.metric("mae").baseline()).isEqualTo(RegressionMetrics.mae(y, mean));
        assertThat(e.residuals()[5]).isEqualTo(y[5] - pred[5]);
        assertThat(e.residualQq().ordered()).hasSize(80);
        assertThat(e.residualHistogram().counts()).isNotEmpty();

        y[7] = 0;
        MetricEstimate mape = RegressionEvaluation.of(y, pred, mean, SMALL).metric("mape");
        assertThat(mape.undefinedReason()).isEqualTo("MAPE divides by the target, which is 0 in row 8");
    }

    @Test
    void everyIntervalHoldsItsPointEstimateAndDependsOnTheSeedAloneNotTheThreads() {
        Data d = Data.of(100, 3, 5);
        List<String> classes = List.of("a", "b", "c");
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            ClassificationEvaluation one = ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), classes, SMALL);
            Parallelism.setThreads(3);
            ClassificationEvaluation three = ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), classes, SMALL);
            assertThat(three.metrics()).isEqualTo(one.metrics());
            for (MetricEstimate m : one.metrics()) {
                if (m.defined()) {
                    assertThat(m.interval().contains(m.value())).as(m.name() + " " + m.interval()).isTrue();
                    assertThat(m.interval().upper()).as(m.name()).isGreaterThan(m.interval().lower());
                }
            }
            ClassificationEvaluation other = ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), classes,
                    new Bootstrap(300, 0.95, 12));
            assertThat(other.metric("accuracy").interval()).isNotEqualTo(one.metric("accuracy").interval());
            assertThat(other.metric("accuracy").value()).isEqualTo(one.metric("accuracy").value());
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void mismatchedInputIsRefused() {
        Data d = Data.of(10, 2, 6);
        assertThatThrownBy(() -> ClassificationEvaluation.of(d.y(), d.proba(), d.prior(), List.of("a", "b", "c"),
                SMALL)).hasMessage("need at least 2 classes and one probability column per class; got 3 classes, 2 "
                + "model and 2 baseline columns");
        assertThatThrownBy(() -> RegressionEvaluation.of(new double[] {1}, new double[] {1}, new double[] {1}, SMALL))
                .hasMessage("an evaluation needs at least 2 rows, got 1");
    }
}
