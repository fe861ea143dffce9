package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Unpenalised binary fits against statsmodels 0.13.5 {@code Logit} on the spector data (Spector and Mazzeo
 * 1980, as in the statsmodels documentation); {@code fixtures/logistic/statsmodels_spector.json}, code in
 * the README there.
 */
class LogisticInferenceTest {

    private static final JsonNode SM = JsonFixtures.read("logistic/statsmodels_spector.json").get("logit");
    private static final LogisticRegression UNPENALISED =
            (LogisticRegression) new LogisticRegression().withParams(Map.of("penalty", "none"));

    private static LogisticRegression.Fitted spectorFit() {
        Frame data = LogisticFixtures.spector();
        return UNPENALISED.fit(data.drop("GRADE"), data.column("GRADE"));
    }

    @Test
    void coefficientsAndStandardErrorsMatchStatsmodelsToFullPrecision() {
        LogitSummary s = spectorFit().summary().orElseThrow();
        assertThat(s.names()).containsExactly("intercept", "GPA", "TUCE", "PSI");
        assertRelative(s.coefficients(), SM.get("params"), 1e-9);
        assertRelative(s.standardErrors(), SM.get("bse"), 1e-9);
        assertRelative(s.zValues(), SM.get("zvalues"), 1e-9);
        assertRelative(s.pValues(), SM.get("pvalues"), 1e-8);
        assertRelative(s.oddsRatios(), SM.get("odds_ratios"), 1e-8);
        double[][] ci = s.confidenceIntervals();
        double[][] cov = s.covariance();
        for (int k = 0; k < 4; k++) {
            assertRelative(ci[k], SM.get("conf_int").get(k), 1e-9);
            assertRelative(cov[k], SM.get("cov_params").get(k), 1e-8);
        }
    }

    @Test
    void likelihoodsAndCriteriaMatchStatsmodels() {
        LogitSummary s = spectorFit().summary().orElseThrow();
        assertThat(s.logLikelihood()).isCloseTo(SM.get("llf").asDouble(), rel(SM.get("llf"), 1e-12));
        assertThat(s.nullLogLikelihood()).isCloseTo(SM.get("llnull").asDouble(), rel(SM.get("llnull"), 1e-12));
        assertThat(s.pseudoRSquared()).isCloseTo(SM.get("prsquared").asDouble(), rel(SM.get("prsquared"), 1e-10));
        assertThat(s.likelihoodRatio()).isCloseTo(SM.get("llr").asDouble(), rel(SM.get("llr"), 1e-10));
        assertThat(s.likelihoodRatioPValue()).isCloseTo(SM.get("llr_pvalue").asDouble(),
                rel(SM.get("llr_pvalue"), 1e-8));
        assertThat(s.aic()).isCloseTo(SM.get("aic").asDouble(), rel(SM.get("aic"), 1e-12));
        assertThat(s.bic()).isCloseTo(SM.get("bic").asDouble(), rel(SM.get("bic"), 1e-12));
        assertThat(s.observations()).isEqualTo(SM.get("nobs").asInt());
        assertThat(s.dfModel()).isEqualTo(SM.get("df_model").asInt());
        assertThat(s.dfResid()).isEqualTo(SM.get("df_resid").asInt());
    }

    @Test
    void theModelPredictsWithTheRefinedCoefficients() {
        LogisticRegression.Fitted m = spectorFit();
        double[] params = JsonFixtures.doubles(SM.get("params"));
        assertThat(m.intercepts()[0]).isCloseTo(params[0], within(1e-9));
        assertThat(m.coefficients()[0]).containsExactly(new double[] {params[1], params[2], params[3]}, within(1e-9));
    }

    @Test
    void theSummarySurvivesSaveAndLoad() {
        LogisticRegression.Fitted m = spectorFit();
        LogitSummary back = RoundTrip.saveAndLoad(m).summary().orElseThrow();
        LogitSummary s = m.summary().orElseThrow();
        assertThat(back.names()).isEqualTo(s.names());
        assertThat(back.coefficients()).isEqualTo(s.coefficients());
        assertThat(back.covariance()).isDeepEqualTo(s.covariance());
        assertThat(back.logLikelihood()).isEqualTo(s.logLikelihood());
        assertThat(back.nullLogLikelihood()).isEqualTo(s.nullLogLikelihood());
        assertThat(back.observations()).isEqualTo(s.observations());
    }

    @Test
    void withoutAnInterceptTheNullModelStillHasOne() {
        Frame data = LogisticFixtures.spector();
        LogisticRegression e = (LogisticRegression) UNPENALISED.withParams(Map.of("fit_intercept", false));
        LogitSummary s = e.fit(data.drop("GRADE"), data.column("GRADE")).summary().orElseThrow();
        assertThat(s.names()).containsExactly("GPA", "TUCE", "PSI");
        assertThat(s.dfModel()).isEqualTo(3);
        assertThat(s.nullLogLikelihood()).isCloseTo(SM.get("llnull").asDouble(), rel(SM.get("llnull"), 1e-12));
    }

    @Test
    void onlyUnweightedUnpenalisedBinaryFitsHaveASummary() {
        Frame data = LogisticFixtures.spector();
        Frame x = data.drop("GRADE");
        double[] ones = new double[x.rowCount()];
        java.util.Arrays.fill(ones, 1);
        assertThat(new LogisticRegression().fit(x, data.column("GRADE")).summary()).isEmpty();
        assertThat(UNPENALISED.fit(x, data.column("GRADE"), ones).summary()).isEmpty();
        assertThat(UNPENALISED.fit(Datasets.iris().drop("species"), Datasets.iris().column("species")).summary())
                .isEmpty();
    }

    @Test
    void collinearFeaturesAreNamedInTheError() {
        Frame data = LogisticFixtures.spector();
        double[] gpa = data.numeric("GPA").toArray();
        double[] tuce = data.numeric("TUCE").toArray();
        double[] sum = new double[gpa.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = gpa[i] + 2 * tuce[i];
        }
        Frame x = data.drop("GRADE").withColumn(NumericColumn.wrap("GPA_2TUCE", sum));
        assertThatThrownBy(() -> UNPENALISED.fit(x, data.column("GRADE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linear combinations")
                .hasMessageContaining("use penalty l2").hasMessageMatching("(?s).*\\[(GPA|TUCE|GPA_2TUCE)\\].*");
    }

    @Test
    void aConstantFeatureIsCollinearWithTheIntercept() {
        Frame data = LogisticFixtures.spector();
        double[] c = new double[data.rowCount()];
        java.util.Arrays.fill(c, 3);
        Frame x = data.drop("GRADE").withColumn(NumericColumn.wrap("three", c));
        assertThatThrownBy(() -> UNPENALISED.fit(x, data.column("GRADE")))
                .hasMessageContaining("and the intercept").hasMessageMatching("(?s).*\\[(intercept|three)\\].*");
    }

    @Test
    void separatedClassesAreAClearError() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] label = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        assertThatThrownBy(() -> UNPENALISED.fit(Frame.of(NumericColumn.wrap("v", v)), NumericColumn.wrap("y", label)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perfectly separated")
                .hasMessageContaining("penalty l2");
    }

    @Test
    void anUnpenalisedFitNeedsMoreRowsThanParameters() {
        Frame data = LogisticFixtures.spector().take(new int[] {0, 1, 2, 4}); // row 5 has GRADE 1
        assertThatThrownBy(() -> UNPENALISED.fit(data.drop("GRADE"), data.column("GRADE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 rows for 4 parameters");
    }

    @Test
    void confidenceLevelOutsideZeroOneIsAClearError() {
        LogitSummary s = spectorFit().summary().orElseThrow();
        assertThatThrownBy(() -> s.confidenceIntervals(1.0)).hasMessageContaining("must be in (0, 1), got 1.0");
    }

    private static Offset<Double> rel(JsonNode expected, double tolerance) {
        return within(Math.abs(expected.asDouble()) * tolerance);
    }

    private static void assertRelative(double[] actual, JsonNode expected, double tolerance) {
        double[] e = JsonFixtures.doubles(expected);
        assertThat(actual).hasSameSizeAs(e);
        for (int k = 0; k < e.length; k++) {
            assertThat(actual[k]).as("entry %d", k).isCloseTo(e[k], within(Math.abs(e[k]) * tolerance));
        }
    }
}
