package dev.lathe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.HasLikelihood;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ranking by AIC against statsmodels 0.13.5 OLS fits of nested models on diabetes, with delta-AIC, Akaike
 * weights and delta-BIC computed from them by numpy ({@code fixtures/likelihood/}, {@code make_fixture.py}).
 */
class ModelComparisonTest {

    private static final Frame DIABETES = Datasets.diabetes();

    private static HasLikelihood ols(Frame data, List<String> features) {
        return new LinearRegression().fit(data.select(features), data.column("progression"));
    }

    @Test
    void ranksNestedRegressionsAsStatsmodelsAndNumpyDo() {
        JsonNode ref = JsonFixtures.read("likelihood/statsmodels_likelihood.json").get("comparison_diabetes");
        Map<String, HasLikelihood> candidates = new LinkedHashMap<>();
        ref.fields().forEachRemaining(e -> {
            List<String> features = new ArrayList<>();
            e.getValue().get("features").forEach(f -> features.add(f.asText()));
            candidates.put(e.getKey(), ols(DIABETES, features));
        });
        ModelComparison c = ModelComparison.of(candidates);
        assertThat(c.rows()).extracting(ModelComparison.Row::name).containsExactly("all", "bmi_s5_bp", "bmi_s5", "bmi");
        for (ModelComparison.Row r : c.rows()) {
            JsonNode e = ref.get(r.name());
            assertThat(r.aic()).isCloseTo(e.get("aic").asDouble(), within(1e-12 * r.aic()));
            assertThat(r.bic()).isCloseTo(e.get("bic").asDouble(), within(1e-12 * r.bic()));
            assertThat(r.logLikelihood()).isCloseTo(e.get("llf").asDouble(), within(-1e-12 * r.logLikelihood()));
            assertThat(r.deltaAic()).isCloseTo(e.get("delta_aic").asDouble(), within(1e-9));
            assertThat(r.deltaBic()).isCloseTo(e.get("delta_bic").asDouble(), within(1e-9));
            assertThat(r.akaikeWeight()).isCloseTo(e.get("akaike_weight").asDouble(), within(1e-12));
            assertThat(r.parameterCount()).isEqualTo(e.get("k").asInt());
            assertThat(r.observationCount()).isEqualTo(442);
        }
        assertThat(c.rows().stream().mapToDouble(ModelComparison.Row::akaikeWeight).sum()).isCloseTo(1, within(1e-15));
        assertThat(c.best().name()).isEqualTo("all");
        assertThat(c.table()).startsWith("model").contains("bmi_s5_bp").hasLineCount(5);
    }

    @Test
    void refusesNothingToCompare() {
        assertThatThrownBy(() -> ModelComparison.of(Map.of())).hasMessage("give at least one fitted model to compare");
    }

    @Test
    void refusesModelsFittedOnDifferentRows() {
        Frame fewer = DIABETES.take(java.util.stream.IntStream.range(0, 400).toArray());
        Map<String, HasLikelihood> candidates = new LinkedHashMap<>();
        candidates.put("all_rows", ols(DIABETES, List.of("bmi")));
        candidates.put("400_rows", ols(fewer, List.of("bmi")));
        assertThatThrownBy(() -> ModelComparison.of(candidates)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidates 'all_rows' and '400_rows' were fitted on different numbers of rows (442 and"
                        + " 400); AIC and BIC compare models fitted to the same rows only");
    }

    @Test
    void refusesModelsFittedToDifferentTargets() {
        double[] logged = DIABETES.numeric("progression").toArray();
        for (int i = 0; i < logged.length; i++) {
            logged[i] = Math.log(logged[i]);
        }
        Map<String, HasLikelihood> candidates = new LinkedHashMap<>();
        candidates.put("raw", ols(DIABETES, List.of("bmi")));
        candidates.put("log", new LinearRegression().fit(DIABETES.select("bmi"), NumericColumn.of("progression", logged)));
        assertThatThrownBy(() -> ModelComparison.of(candidates))
                .hasMessage("candidates 'raw' and 'log' were fitted to different targets (the target columns differ in"
                        + " name, type or values); AIC and BIC compare models fitted to the same target rows only");
    }

    @Test
    void refusesDifferentKindsOfLikelihoodAndPenalisedFits() {
        Frame cancer = Datasets.breastCancer();
        double[] malignant = new double[cancer.rowCount()];
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = cancer.column("diagnosis").format(i).equals("malignant") ? 1 : 0;
        }
        NumericColumn y = NumericColumn.of("malignant", malignant);
        LogisticRegression none = (LogisticRegression) new LogisticRegression().withParams(Map.of("penalty", "none"));
        Map<String, HasLikelihood> mixed = new LinkedHashMap<>();
        mixed.put("linear", new LinearRegression().fit(cancer.select("mean_radius"), y));
        mixed.put("logit", none.fit(cancer.select("mean_radius"), y));
        assertThatThrownBy(() -> ModelComparison.of(mixed)).hasMessageStartingWith("candidates 'linear' and 'logit'"
                + " have different kinds of likelihood (a Gaussian density and class probabilities)");
        Map<String, HasLikelihood> penalised = new LinkedHashMap<>();
        penalised.put("logit", none.fit(cancer.select("mean_radius"), y));
        penalised.put("ridge_logit", new LogisticRegression().fit(cancer.select("mean_radius"), y));
        assertThatThrownBy(() -> ModelComparison.of(penalised)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("candidate 'ridge_logit' cannot be compared: this logistic regression has no"
                        + " likelihood");
    }
}
