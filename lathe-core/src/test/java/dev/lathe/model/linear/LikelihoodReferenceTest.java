package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.HasLikelihood;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Log-likelihood, AIC and BIC against statsmodels 0.13.5 (OLS, WLS, Logit, MNLogit) on the bundled data
 * sets, to 1e-12 relative (they agree to 1e-15 today); {@code fixtures/likelihood/statsmodels_likelihood.json}, made by {@code make_fixture.py} there.
 */
class LikelihoodReferenceTest {

    static final JsonNode SM = JsonFixtures.read("likelihood/statsmodels_likelihood.json");
    private static final double RELATIVE = 1e-12;

    static void assertMatches(HasLikelihood model, JsonNode ref, double relative) {
        for (String key : List.of("llf", "aic", "bic")) {
            double expected = ref.get(key).asDouble();
            double actual = switch (key) {
                case "llf" -> model.logLikelihood();
                case "aic" -> model.aic();
                default -> model.bic();
            };
            assertThat(actual).as(key).isCloseTo(expected, within(relative * Math.abs(expected)));
        }
        assertThat(model.parameterCount()).as("k").isEqualTo(ref.get("k").asInt());
        assertThat(model.observationCount()).as("n").isEqualTo(ref.get("nobs").asInt());
    }

    @Test
    void leastSquaresMatchesStatsmodelsOls() {
        Frame data = Datasets.diabetes();
        Frame x = data.drop("progression");
        assertMatches(new LinearRegression().fit(x, data.column("progression")), SM.get("ols_diabetes"), RELATIVE);
        assertMatches(new LinearRegression(false).fit(x, data.column("progression")),
                SM.get("ols_diabetes_no_intercept"), RELATIVE);
    }

    @Test
    void weightedLeastSquaresMatchesStatsmodelsWls() {
        Frame data = Datasets.diabetes();
        double[] w = new double[data.rowCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + i % 3;
        }
        assertMatches(new LinearRegression().fit(data.drop("progression"), data.column("progression"), w),
                SM.get("wls_diabetes"), RELATIVE);
    }

    @Test
    void rowsOfWeightZeroLeaveTheLikelihoodAsIfDropped() {
        Frame data = Datasets.diabetes();
        double[] w = new double[data.rowCount()];
        java.util.Arrays.fill(w, 1);
        w[0] = 0;
        LeastSquaresModel zero = new LinearRegression().fit(data.drop("progression"), data.column("progression"), w);
        Frame rest = data.take(java.util.stream.IntStream.range(1, data.rowCount()).toArray());
        LeastSquaresModel dropped = new LinearRegression().fit(rest.drop("progression"), rest.column("progression"));
        assertThat(zero.observationCount()).isEqualTo(441);
        assertThat(zero.logLikelihood()).isCloseTo(dropped.logLikelihood(), within(1e-9));
    }

    @Test
    void binaryLogisticRegressionMatchesStatsmodelsLogit() {
        JsonNode ref = SM.get("logit_breast_cancer");
        Frame data = Datasets.breastCancer();
        List<String> features = List.of(JsonFixtures.strings(ref.get("features")));
        LogisticRegression.Fitted m = unpenalised("auto").fit(data.select(features), data.column("diagnosis"));
        assertMatches(m, ref, RELATIVE);
        assertThat(m.aic()).isEqualTo(m.summary().orElseThrow().aic());
        assertMatches(RoundTrip.saveAndLoad(m), ref, RELATIVE);
        // the same model as a two-class softmax: K - 1 = 1 free row of coefficients
        LogisticRegression.Fitted softmax = unpenalised("multinomial")
                .fit(data.select(features), data.column("diagnosis"));
        assertMatches(softmax, ref, RELATIVE);
    }

    @Test
    void multinomialLogisticRegressionMatchesStatsmodelsMnlogit() {
        JsonNode ref = SM.get("mnlogit_wine");
        Frame data = Datasets.wine();
        List<String> features = List.of(JsonFixtures.strings(ref.get("features")));
        LogisticRegression.Fitted m = unpenalised("auto").fit(data.select(features), data.column("class"));
        assertMatches(m, ref, RELATIVE);
        assertMatches(RoundTrip.saveAndLoad(m), ref, RELATIVE);
    }

    static LogisticRegression unpenalised(String multiClass) {
        return (LogisticRegression) new LogisticRegression().withParams(Map.of("penalty", "none",
                "multi_class", multiClass, "tol", 1e-12, "max_iter", 10_000));
    }
}
