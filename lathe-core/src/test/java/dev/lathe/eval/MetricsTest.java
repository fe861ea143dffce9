package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metrics against scikit-learn 1.2.1 (fixtures/eval/sklearn_metrics.json, made by make_fixture.py there). */
class MetricsTest {

    private static JsonNode f;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MetricsTest.class.getResourceAsStream("/fixtures/eval/sklearn_metrics.json")) {
            f = new ObjectMapper().readTree(in);
        }
    }

    private static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    private static int[] ints(JsonNode n) {
        int[] v = new int[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asInt();
        }
        return v;
    }

    private static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(n.get(i));
        }
        return m;
    }

    @Test
    void regressionMetricsAgreeToTwelveDigits() {
        JsonNode r = f.get("regression");
        double[] y = vector(r.get("y"));
        double[] p = vector(r.get("pred"));
        assertThat(RegressionMetrics.mae(y, p)).isCloseTo(r.get("mae").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.mse(y, p)).isCloseTo(r.get("mse").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.rmse(y, p)).isCloseTo(r.get("rmse").asDouble(), within(1e-12));
        assertThat(RegressionMetrics.r2(y, p)).isCloseTo(r.get("r2").asDouble(), within(1e-12));
    }

    @Test
    void classificationMetricsAgreeIncludingTiedScores() {
        for (String key : new String[] {"binary", "multiclass"}) {
            JsonNode c = f.get(key);
            int[] y = ints(c.get("y"));
            double[][] p = matrix(c.get("proba"));
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
