package dev.lathe.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Logit against statsmodels 0.13.5 on the spector data (fixtures/logistic/statsmodels_spector.json, README there). */
class LogitTest {

    @Test
    void agreesWithStatsmodelsLogit() {
        JsonNode e = JsonFixtures.read("logistic/statsmodels_spector.json").get("logit");
        LogitResult r = new Logit().fit(CsvFixtures.read("logistic/spector.csv"), "GRADE ~ GPA + TUCE + PSI");
        for (int j = 0; j < 4; j++) {
            Coefficient c = r.coefficients().get(j);
            assertThat(c.estimate()).as(c.term()).isCloseTo(e.get("params").get(j).asDouble(), within(1e-8));
            assertThat(c.stdError()).as(c.term() + " SE").isCloseTo(e.get("bse").get(j).asDouble(), within(1e-8));
            assertThat(c.pValue()).as(c.term() + " p").isCloseTo(e.get("pvalues").get(j).asDouble(), within(1e-8));
            assertThat(c.ciLow()).isCloseTo(e.get("conf_int").get(j).get(0).asDouble(), within(1e-8));
            for (int k = 0; k < 4; k++) {
                assertThat(r.covariance()[j][k]).isCloseTo(e.get("cov_params").get(j).get(k).asDouble(), within(1e-8));
            }
        }
        assertThat(r.coefficient("GPA")).isEqualTo(r.coefficients().get(1));
        assertThat(r.logLikelihood()).isCloseTo(e.get("llf").asDouble(), within(1e-9));
        assertThat(r.nullLogLikelihood()).isCloseTo(e.get("llnull").asDouble(), within(1e-9));
        assertThat(r.pseudoRSquared()).isCloseTo(e.get("prsquared").asDouble(), within(1e-9));
        assertThat(r.probabilities()).hasSize(32);
    }

    @Test
    void badResponsesAndSeparationAreRefused() {
        Frame s = CsvFixtures.read("logistic/spector.csv");
        assertThatThrownBy(() -> new Logit().fit(s, "TUCE ~ GPA"))
                .hasMessage("the response 'TUCE' of a logit must be 0 or 1; row 1 has 20.0");
        Frame zeros = Frame.of(NumericColumn.of("y", 0, 0, 0, 0), NumericColumn.of("x", 1, 2, 3, 4));
        assertThatThrownBy(() -> new Logit().fit(zeros, "y ~ x"))
                .hasMessage("the response 'y' is 0 in all 4 rows; a logit needs both classes");
        Frame separated = Frame.of(NumericColumn.of("y", 0, 0, 0, 1, 1, 1), NumericColumn.of("x", 1, 2, 3, 4, 5, 6));
        assertThatThrownBy(() -> new Logit().fit(separated, "y ~ x"))
                .hasMessageContaining("separate the classes perfectly");
        assertThatThrownBy(() -> new Logit(0, 10)).hasMessageStartingWith("tolerance must be > 0");
    }
}
