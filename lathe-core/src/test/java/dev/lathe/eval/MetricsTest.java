package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Metrics against scikit-learn 1.2.1 (fixtures/eval/sklearn_metrics.json, made by make_fixture.py there). */
class MetricsTest {

    private static final JsonNode F = JsonFixtures.read("eval/sklearn_metrics.json");

    @Test
    void regressionMetricsAgreeToTwelveDigits() {
        JsonNode r = F.get("regression");
        double[] y = JsonFixtures.doubles(r.get("y"));
        double[] p = JsonFixtures.doubles(r.get("pred"));
        assertThat(RegressionMetrics.mae(y, p)).isCloseTo(r.get("mae").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.mse(y, p)).isCloseTo(r.get("mse").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.rmse(y, p)).isCloseTo(r.get("rmse").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.r2(y, p)).isCloseTo(r.get("r2").asDouble(), within(1e-12));
    }

    @Test
    void classificationMetricsAgreeIncludingTiedScores() {
        for (String key : new String[] {"binary", "multiclass"}) {
            JsonNode c = F.get(key);
            int[] y = JsonFixtures.ints(c.get("y"));
            double[][] p = JsonFixtures.matrix(c.get("proba"));
            assertThat(ClassificationMetrics.rocAuc(y, p)).as(key).isCloseTo(c.get("roc_auc").asDouble(), within(1e-12));
            assertThat(ClassificationMetrics.logLoss(y, p)).as(key).isCloseTo(c.get("log_loss").asDouble(),
                    within(1e-12));
            assertThat(ClassificationMetrics.accuracy(y, p)).as(key).isCloseTo(c.get("accuracy").asDouble(),
                    within(1e-12));
        }
    }

    @Test
    void badInputsAreClearErrors() {
        assertThatThrownBy(() -> RegressionMetrics.rmse(new double[] {1, 2}, new double[] {1}))
                .hasMessage("targets and predictions differ in length: 2 and 1");
        assertThatThrownBy(() -> RegressionMetrics.mae(new double[] {1}, new double[] {Double.NaN}))
                .hasMessage("row 1 has a prediction that is missing or infinite");
        assertThatThrownBy(() -> ClassificationMetrics.rocAuc(new int[] {1, 1}, new double[][] {{0.2, 0.8}, {0.4, 0.6}}))
                .hasMessageContaining("needs both classes");
        assertThatThrownBy(() -> ClassificationMetrics.logLoss(new int[0], new double[0][]))
                .hasMessage("no targets to score");
    }
}
