package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classification report against scikit-learn's output_dict, and the registry of metrics by name. */
class ReportAndRegistryTest {

    private static final JsonNode M = Fixture.ROOT.get("multiclass");

    @Test
    void weightedReportAgreesWithScikitLearn() {
        int[] y = JsonFixtures.ints(M.get("y"));
        int[] pred = JsonFixtures.ints(M.get("pred"));
        ClassificationReport r = ClassificationReport.of(y, pred, List.of("a", "b", "c", "d"), JsonFixtures.doubles(M.get("w")));
        JsonNode e = M.get("report_w");
        assertThat(r.classes()).extracting(ClassificationReport.Line::label).containsExactly("a", "b", "c", "d");
        for (ClassificationReport.Line line : r.classes()) {
            line(line, e.get(line.label()));
        }
        line(r.macro(), e.get("macro avg"));
        line(r.weighted(), e.get("weighted avg"));
        assertThat(r.accuracy()).isCloseTo(e.get("accuracy").asDouble(), within(1e-12));
    }

    @Test
    void metricsByNameScoreAsTheirMethodsAndKnowTheirDirection() {
        int[] y = JsonFixtures.ints(M.get("y"));
        double[][] p = JsonFixtures.matrix(M.get("proba"));
        double[] w = JsonFixtures.doubles(M.get("w"));
        Metric.Classification f1 = (Metric.Classification) Metric.of("f1_macro");
        assertThat(f1.score(y, p, w)).isCloseTo(M.get("labels_w").get("f1_macro").asDouble(), within(1e-12));
        Metric.Classification ovo = (Metric.Classification) Metric.of("roc_auc_ovo");
        assertThat(ovo.score(y, p, null)).isCloseTo(M.get("roc_auc_ovo").asDouble(), within(1e-12));
        assertThat(ovo.greaterIsBetter()).isTrue();
        assertThat(Metric.of("log_loss").greaterIsBetter()).isFalse();
        assertThat(Metric.of("rmse")).isInstanceOf(Metric.Regression.class);
        assertThat(Metric.of("rmse").greaterIsBetter()).isFalse();
        assertThat(Metric.of("r2").greaterIsBetter()).isTrue();
        assertThat(Metric.names()).contains("mae", "rmse", "r2", "accuracy", "f1_macro", "roc_auc", "roc_auc_ovo",
                "log_loss", "average_precision", "brier_score", "matthews_corrcoef", "cohen_kappa",
                "balanced_accuracy", "top_k_accuracy", "expected_calibration_error");
    }

    @Test
    void badNamesAndUnsupportedWeightsAreClearErrors() {
        assertThatThrownBy(() -> Metric.of("neg_mse")).hasMessageStartingWith("unknown metric 'neg_mse'; known: accuracy, ");
        Metric.Classification ovo = (Metric.Classification) Metric.of("roc_auc_ovo");
        assertThatThrownBy(() -> ovo.score(new int[] {0, 1}, new double[][] {{0.6, 0.4}, {0.3, 0.7}}, new double[] {1, 2}))
                .hasMessage("roc_auc_ovo takes no sample weights (as in scikit-learn)");
        assertThatThrownBy(() -> ClassificationReport.of(new int[] {0, 2}, new int[] {0, 1}, List.of("a", "b"), null))
                .hasMessage("class code 2 has no name; 2 class names given");
    }

    private static void line(ClassificationReport.Line line, JsonNode e) {
        assertThat(line.precision()).as(line.label()).isCloseTo(e.get("precision").asDouble(), within(1e-12));
        assertThat(line.recall()).as(line.label()).isCloseTo(e.get("recall").asDouble(), within(1e-12));
        assertThat(line.f1()).as(line.label()).isCloseTo(e.get("f1-score").asDouble(), within(1e-12));
        assertThat(line.support()).as(line.label()).isCloseTo(e.get("support").asDouble(), within(1e-12));
    }
}
