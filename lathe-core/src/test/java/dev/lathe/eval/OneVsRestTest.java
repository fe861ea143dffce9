package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Multi-class Brier score, one-vs-rest average precision and per-class calibration on 4 classes with tied
 * probabilities, with and without weights: scikit-learn 1.2.1 ({@code average_precision_score} on
 * {@code label_binarize}, {@code calibration_curve}) and numpy for the definitions scikit-learn 1.2 lacks
 * (multi-class Brier, ECE); fixtures/eval/metric_families.json, make_families.py.
 */
class OneVsRestTest {

    private static final JsonNode M = Fixture.ROOT.get("multiclass");
    private static final int[] Y = JsonFixtures.ints(M.get("y"));
    private static final double[][] P = JsonFixtures.matrix(M.get("proba"));

    @ParameterizedTest
    @ValueSource(strings = {"", "_w"})
    void brierAveragePrecisionAndCalibrationErrorsAgree(String tag) {
        double[] w = tag.isEmpty() ? null : JsonFixtures.doubles(M.get("w"));
        assertThat(ClassificationMetrics.brierScore(Y, P, w)).isCloseTo(M.get("brier" + tag).asDouble(), within(1e-12));
        for (Average a : new Average[] {Average.MICRO, Average.MACRO, Average.WEIGHTED}) {
            String key = "average_precision_" + a.name().toLowerCase(java.util.Locale.ROOT) + tag;
            assertThat(OneVsRest.averagePrecision(Y, P, a, w)).as(key).isCloseTo(M.get(key).asDouble(), within(1e-12));
        }
        assertThat(ClassificationMetrics.averagePrecision(Y, P, w))
                .isCloseTo(M.get("average_precision_macro" + tag).asDouble(), within(1e-12));
        assertThat(OneVsRest.expectedCalibrationErrors(Y, P, w))
                .containsExactly(JsonFixtures.doubles(M.get("ece_per_class" + tag)), within(1e-12));
    }

    @Test
    void perClassCalibrationCurvesAgree() {
        Curves.Calibration[] curves = OneVsRest.calibration(Y, P, 10, null);
        assertThat(curves).hasSize(4);
        for (int c = 0; c < 4; c++) {
            JsonNode e = M.get("calibration_per_class").get(c);
            assertThat(curves[c].fractionPositive()).containsExactly(JsonFixtures.doubles(e.get("fraction_positive")),
                    within(1e-12));
            assertThat(curves[c].meanPredicted()).containsExactly(JsonFixtures.doubles(e.get("mean_predicted")), within(1e-12));
        }
    }

    @Test
    void twoClassesReduceToTheBinaryDefinitions() {
        int[] y = {0, 1, 1, 0, 1};
        double[][] p = {{0.9, 0.1}, {0.3, 0.7}, {0.45, 0.55}, {0.2, 0.8}, {0.6, 0.4}};
        assertThat(OneVsRest.expectedCalibrationErrors(y, p, null)[1])
                .isEqualTo(ClassificationMetrics.expectedCalibrationError(y, p, null));
        // binary Brier is half of the sum over both classes (scikit-learn's scale_by_half for two classes)
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            for (int c = 0; c < 2; c++) {
                double d = p[i][c] - (y[i] == c ? 1 : 0);
                sum += d * d;
            }
        }
        assertThat(ClassificationMetrics.brierScore(y, p, null)).isCloseTo(sum / y.length / 2, within(1e-15));
    }

    @Test
    void badInputsAreClearErrors() {
        assertThatThrownBy(() -> OneVsRest.averagePrecision(Y, P, Average.BINARY, null))
                .hasMessage("one-vs-rest average precision averages MICRO, MACRO or WEIGHTED, not BINARY");
        assertThatThrownBy(() -> ClassificationMetrics.expectedCalibrationError(Y, P, null))
                .hasMessage("expected calibration error is one number for two classes; for 4 classes use"
                        + " OneVsRest.expectedCalibrationErrors (one per class, one-vs-rest)");
        assertThatThrownBy(() -> ClassificationMetrics.brierScore(new int[] {0}, new double[][] {{1.0}}, null))
                .hasMessage("Brier score needs at least two classes (probability columns), got 1");
        assertThatThrownBy(() -> OneVsRest.calibration(Y, P, 0, null)).hasMessage("calibration needs at least one bin, got 0");
        assertThatThrownBy(() -> OneVsRest.averagePrecision(new int[] {0, 5}, P, Average.MACRO, null))
                .hasMessage("targets and predictions differ in length: 2 and 120");
    }
}
