package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.eval.ClassificationMetrics.KappaWeights;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Classification metrics and curves against scikit-learn 1.2.1 (fixtures/eval/metric_families.json): binary scores
 * with ties, 4 classes with tied probabilities, weights, and labels with an absent and a never-predicted class.
 */
class ClassificationMetricsTest {

    private static final JsonNode B = Fixture.ROOT.get("binary");
    private static final JsonNode M = Fixture.ROOT.get("multiclass");

    @ParameterizedTest
    @ValueSource(strings = {"", "_w"})
    void binaryScoresAndCurvesAgree(String tag) {
        int[] y = JsonFixtures.ints(B.get("y"));
        double[] s = JsonFixtures.doubles(B.get("score"));
        double[][] p = Fixture.binaryProba(s);
        double[] w = tag.isEmpty() ? null : JsonFixtures.doubles(B.get("w"));
        close(ClassificationMetrics.rocAuc(y, p, w), B, "roc_auc" + tag);
        close(ClassificationMetrics.averagePrecision(y, p, w), B, "average_precision" + tag);
        close(ClassificationMetrics.logLoss(y, p, w), B, "log_loss" + tag);
        close(ClassificationMetrics.brierScore(y, p, w), B, "brier" + tag);
        close(ClassificationMetrics.expectedCalibrationError(y, p, w), B, "ece" + tag);
        Curves.Roc roc = Curves.roc(y, s, 1, w);
        JsonNode r = B.get("roc" + tag);
        same(roc.fpr(), r.get("fpr"));
        same(roc.tpr(), r.get("tpr"));
        same(roc.thresholds(), r.get("thresholds"));
        Curves.PrecisionRecall pr = Curves.precisionRecall(y, s, 1, w);
        JsonNode q = B.get("pr" + tag);
        same(pr.precision(), q.get("precision"));
        same(pr.recall(), q.get("recall"));
        same(pr.thresholds(), q.get("thresholds"));
        labels(y, JsonFixtures.ints(B.get("pred")), w, B.get("labels" + tag), true);
    }

    @Test
    void calibrationCurveAgreesAndTheUnweightedRocAucIsUnchanged() {
        int[] y = JsonFixtures.ints(B.get("y"));
        double[] s = JsonFixtures.doubles(B.get("score"));
        Curves.Calibration c = Curves.calibration(y, s, 1, 10, null);
        same(c.fractionPositive(), B.get("calibration").get("fraction_positive"));
        same(c.meanPredicted(), B.get("calibration").get("mean_predicted"));
        close(ClassificationMetrics.rocAuc(y, Fixture.binaryProba(s)), B, "roc_auc");
        close(ClassificationMetrics.binaryAuc(y, s, 1), B, "roc_auc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_w"})
    void multiClassScoresAgree(String tag) {
        int[] y = JsonFixtures.ints(M.get("y"));
        double[][] p = JsonFixtures.matrix(M.get("proba"));
        double[] w = tag.isEmpty() ? null : JsonFixtures.doubles(M.get("w"));
        close(ClassificationMetrics.rocAucOvr(y, p, Average.MACRO, w), M, "roc_auc_ovr" + tag);
        close(ClassificationMetrics.rocAucOvr(y, p, Average.WEIGHTED, w), M, "roc_auc_ovr_weighted" + tag);
        close(ClassificationMetrics.rocAuc(y, p, w), M, "roc_auc_ovr" + tag);
        close(ClassificationMetrics.logLoss(y, p, w), M, "log_loss" + tag);
        for (int k = 1; k <= 3; k++) {
            close(ClassificationMetrics.topKAccuracy(y, p, k, w), M, "top_" + k + tag);
        }
        int[] pred = ClassificationMetrics.predicted(p);
        assertThat(pred).containsExactly(JsonFixtures.ints(M.get("pred")));
        labels(y, pred, w, M.get("labels" + tag), false);
    }

    @Test
    void oneVsOneAgrees() {
        int[] y = JsonFixtures.ints(M.get("y"));
        double[][] p = JsonFixtures.matrix(M.get("proba"));
        close(ClassificationMetrics.rocAucOvo(y, p, Average.MACRO), M, "roc_auc_ovo");
        close(ClassificationMetrics.rocAucOvo(y, p, Average.WEIGHTED), M, "roc_auc_ovo_weighted");
    }

    @Test
    void absentAndNeverPredictedClassesFollowScikitLearnsLabelSet() {
        JsonNode a = Fixture.ROOT.get("absent");
        labels(JsonFixtures.ints(a.get("y")), JsonFixtures.ints(a.get("pred")), null, a.get("labels"), false);
    }

    @Test
    void allEqualPredictionsGiveTheDocumentedValues() {
        int[] y = {0, 1, 0, 1};
        int[] same = {1, 1, 1, 1};
        assertThat(ClassificationMetrics.matthewsCorrcoef(y, same, null)).isZero();
        assertThat(ClassificationMetrics.precision(y, new int[] {0, 0, 0, 0}, Average.BINARY, null)).isZero();
        assertThat(ClassificationMetrics.binaryAuc(y, new double[] {0.3, 0.3, 0.3, 0.3}, 1)).isEqualTo(0.5);
    }

    @Test
    void badInputsAreClearErrors() {
        double[][] p = {{0.2, 0.8}, {0.4, 0.6}};
        assertThatThrownBy(() -> ClassificationMetrics.rocAuc(new int[] {1, 1}, p))
                .hasMessage("ROC AUC needs both classes among the targets; only positives are present");
        assertThatThrownBy(() -> ClassificationMetrics.rocAucOvr(new int[] {0, 0, 1},
                new double[][] {{0.5, 0.3, 0.2}, {0.2, 0.5, 0.3}, {0.1, 0.6, 0.3}}, Average.MACRO, null))
                .hasMessage("ROC AUC needs both classes among the targets; only negatives are present");
        assertThatThrownBy(() -> ClassificationMetrics.logLoss(new int[] {0}, p))
                .hasMessage("targets and predictions differ in length: 1 and 2");
        assertThatThrownBy(() -> ClassificationMetrics.logLoss(new int[] {0, 1}, new double[][] {{0.5, 0.5}, {Double.NaN, 1}}))
                .hasMessage("row 2 has a missing probability");
        assertThatThrownBy(() -> ClassificationMetrics.binaryAuc(new int[] {0, 1}, new double[] {0.1, Double.NaN}, 1))
                .hasMessage("row 2 has a missing score");
        assertThatThrownBy(() -> ClassificationMetrics.accuracy(new int[] {0, 2}, p))
                .hasMessage("row 2 has class code 2 outside 0..1");
        assertThatThrownBy(() -> ClassificationMetrics.f1(new int[] {0, -1}, new int[] {0, 1}, Average.MACRO, null))
                .hasMessage("row 2 has class code -1; class codes are 0 or more");
        assertThatThrownBy(() -> ClassificationMetrics.f1(new int[] {0, 2}, new int[] {0, 1}, Average.BINARY, null))
                .hasMessage("average BINARY needs class codes 0 and 1 only; code 2 occurs");
        assertThatThrownBy(() -> ClassificationMetrics.averagePrecision(new int[] {0, 0}, p, null))
                .hasMessage("precision-recall needs a positive among the targets; none is present");
        assertThatThrownBy(() -> ClassificationMetrics.rocAucOvo(new int[] {0, 1}, p, Average.MICRO))
                .hasMessage("multi-class ROC AUC averages MACRO or WEIGHTED, not MICRO");
        assertThatThrownBy(() -> Curves.calibration(new int[] {1}, new double[] {1.5}, 1, 10, null))
                .hasMessage("row 1 has probability 1.5 outside [0, 1]");
    }

    private static void labels(int[] y, int[] pred, double[] w, JsonNode e, boolean binary) {
        close(ClassificationMetrics.accuracy(y, pred, w), e, "accuracy");
        close(ClassificationMetrics.balancedAccuracy(y, pred, w), e, "balanced_accuracy");
        close(ClassificationMetrics.matthewsCorrcoef(y, pred, w), e, "matthews");
        close(ClassificationMetrics.cohenKappa(y, pred, KappaWeights.NONE, w), e, "kappa");
        close(ClassificationMetrics.cohenKappa(y, pred, KappaWeights.LINEAR, w), e, "kappa_linear");
        close(ClassificationMetrics.cohenKappa(y, pred, KappaWeights.QUADRATIC, w), e, "kappa_quadratic");
        for (Average a : Average.values()) {
            if (a == Average.BINARY && !binary) {
                continue;
            }
            String tag = a.name().toLowerCase(Locale.ROOT);
            close(ClassificationMetrics.precision(y, pred, a, w), e, "precision_" + tag);
            close(ClassificationMetrics.recall(y, pred, a, w), e, "recall_" + tag);
            close(ClassificationMetrics.f1(y, pred, a, w), e, "f1_" + tag);
            close(ClassificationMetrics.fbeta(y, pred, 0.5, a, w), e, "fbeta0.5_" + tag);
            close(ClassificationMetrics.fbeta(y, pred, 2, a, w), e, "fbeta2.0_" + tag);
        }
        ConfusionMatrix cm = ConfusionMatrix.of(y, pred, Inputs.labels(y, pred), w);
        int[] present = IntStream.range(0, cm.classes()).filter(cm::present).toArray();
        JsonNode expected = e.get("confusion");
        for (int t = 0; t < present.length; t++) {
            int truth = present[t];
            double[] row = Arrays.stream(present).mapToDouble(c -> cm.get(truth, c)).toArray();
            assertThat(row).containsExactly(JsonFixtures.doubles(expected.get(t)), within(1e-12));
        }
    }

    private static void close(double actual, JsonNode node, String key) {
        assertThat(actual).as(key).isCloseTo(node.get(key).asDouble(), within(1e-12));
    }

    private static void same(double[] actual, JsonNode expected) {
        assertThat(actual).containsExactly(JsonFixtures.doubles(expected), within(1e-12));
    }
}
