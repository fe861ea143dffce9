package dev.lathe.stats.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.stats.test.MultipleTesting;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** The A/B analysis of fixtures/ab/abtest.csv against scipy and statsmodels (analysis.json, same folder). */
class AbAnalysisTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("ab/analysis.json");
    private static final Frame DATA = CsvFixtures.read("ab/abtest.csv");

    @Test
    void conversionComparisonsAgreeWithScipyAndStatsmodels() {
        AbResult r = AbAnalysis.run(DATA, AbOptions.of("arm", "converted"));
        assertThat(r.binary()).isTrue();
        assertThat(r.control()).isEqualTo("control");
        checkWelch(r, FIXTURE.get("conversion"));
        for (int v = 0; v < 2; v++) {
            assertThat(r.comparisons().get(v).probabilityBeatsControl())
                    .isCloseTo(FIXTURE.get("beta").get(v).get("p_beats_control").asDouble(), within(1e-9));
        }
    }

    @Test
    void revenueComparisonsAgreeWithScipyAndStatsmodels() {
        AbResult r = AbAnalysis.run(DATA, AbOptions.of("arm", "revenue"));
        assertThat(r.binary()).isFalse();
        assertThat(r.cuped()).isNull();
        checkWelch(r, FIXTURE.get("revenue"));
    }

    @Test
    void cupedReducesVarianceAsNumpyComputesIt() {
        AbResult r = AbAnalysis.run(DATA, AbOptions.of("arm", "revenue").withCovariate("pre_revenue"));
        assertThat(r.cuped().theta()).isCloseTo(FIXTURE.get("cuped").get("theta").asDouble(), within(1e-12));
        assertThat(r.cuped().varianceReduction())
                .isCloseTo(FIXTURE.get("cuped").get("variance_reduction").asDouble(), within(1e-12));
        checkWelch(r, FIXTURE.get("revenue_cuped"));
        AbResult plain = AbAnalysis.run(DATA, AbOptions.of("arm", "revenue"));
        double adjustedWidth = width(r.comparisons().get(0));
        assertThat(adjustedWidth).isLessThan(0.6 * width(plain.comparisons().get(0)));
    }

    @Test
    void sampleRatioCheckAgreesWithScipy() {
        AbResult r = AbAnalysis.run(DATA, AbOptions.of("arm", "converted"));
        assertThat(r.sampleRatio().statistic()).isCloseTo(FIXTURE.get("srm").get("statistic").asDouble(), within(1e-12));
        assertThat(r.sampleRatio().pValue()).isCloseTo(FIXTURE.get("srm").get("p_value").asDouble(), within(1e-12));
        assertThat(r.sampleRatio().mismatch()).isFalse();
        // shares are given in sorted label order: b, c, control
        AbResult planned = AbAnalysis.run(DATA, AbOptions.of("arm", "converted")
                .withPlan(new double[] {0.25, 0.25, 0.5}, 0.001));
        assertThat(planned.sampleRatio().statistic())
                .isCloseTo(FIXTURE.get("srm_planned").get("statistic").asDouble(), within(1e-9));
        assertThat(planned.sampleRatio().mismatch()).isTrue();
    }

    @Test
    void bayesianSummaryIsConsistentWithTheClosedForm() {
        AbResult r = AbAnalysis.run(DATA, AbOptions.of("arm", "converted"));
        assertThat(r.bayes().probabilityAboveControl()[1])
                .isCloseTo(r.comparisons().get(0).probabilityBeatsControl(), within(0.005));
        assertThat(r.posteriors().get(0).mean()).isCloseTo((r.arms().get(0).mean() * r.arms().get(0).n() + 1)
                / (r.arms().get(0).n() + 2), within(1e-12));
    }

    @Test
    void otherCorrectionsChangeTheAdjustedPValues() {
        AbResult bonferroni = AbAnalysis.run(DATA, AbOptions.of("arm", "revenue")
                .withLevel(0.05, MultipleTesting.BONFERRONI));
        for (int v = 0; v < 2; v++) {
            VariantComparison c = bonferroni.comparisons().get(v);
            assertThat(c.adjustedP()).isCloseTo(Math.min(1, 2 * c.test().pValue()), within(1e-15));
        }
    }

    @Test
    void badInputIsRefusedWithColumnRowAndValue() {
        Frame oneArm = Frame.of(CategoricalColumn.of("arm", "a", "a", "a"), NumericColumn.of("y", 1, 2, 3));
        assertThatThrownBy(() -> AbAnalysis.run(oneArm, AbOptions.of("arm", "y")))
                .hasMessageContaining("at least two arms, found only [a]");
        Frame lonely = Frame.of(CategoricalColumn.of("arm", "a", "a", "b"), NumericColumn.of("y", 1, 2, 3));
        assertThatThrownBy(() -> AbAnalysis.run(lonely, AbOptions.of("arm", "y")))
                .hasMessageContaining("arm 'b' of column 'arm' has 1 row; each arm needs at least 2");
        Frame constant = Frame.of(CategoricalColumn.of("arm", "a", "a", "b", "b"), NumericColumn.of("y", 2, 2, 5, 5));
        assertThatThrownBy(() -> AbAnalysis.run(constant, AbOptions.of("arm", "y")))
                .hasMessageContaining("is constant (2.0) in arm 'a'");
        Frame missing = Frame.of(CategoricalColumn.of("arm", "a", "a", "b", "b"),
                NumericColumn.of("y", 1, Double.NaN, 5, 6));
        assertThatThrownBy(() -> AbAnalysis.run(missing, AbOptions.of("arm", "y")))
                .hasMessageContaining("column 'y' has a missing value at row 2");
        Frame text = Frame.of(CategoricalColumn.of("arm", "a", "a", "b", "b"), TextColumn.of("y", "x", "y", "z", "w"));
        assertThatThrownBy(() -> AbAnalysis.run(text, AbOptions.of("arm", "y")))
                .hasMessageContaining("column 'y' must be numeric or boolean, got text");
        assertThatThrownBy(() -> AbAnalysis.run(DATA, AbOptions.of("arm", "revenue").withControl("z")))
                .hasMessageContaining("control arm 'z' is not among the arms [b, c, control]");
        assertThatThrownBy(() -> AbAnalysis.run(DATA, AbOptions.of("arm", "revenue").withPlan(new double[] {1, 1}, 0.001)))
                .hasMessageContaining("got 2 planned shares for 3 arms");
        assertThatThrownBy(() -> AbAnalysis.run(DATA, AbOptions.of("arm", "revenue").withCovariate("arm")))
                .hasMessageContaining("CUPED covariate 'arm' must be numeric, got categorical");
        Frame flat = Frame.of(CategoricalColumn.of("arm", "a", "a", "b", "b"), NumericColumn.of("y", 1, 2, 5, 6),
                NumericColumn.of("x", 3, 3, 3, 3));
        assertThatThrownBy(() -> AbAnalysis.run(flat, AbOptions.of("arm", "y").withCovariate("x")))
                .hasMessageContaining("CUPED covariate is constant (every unit has 3.0)");
        assertThatThrownBy(() -> AbAnalysis.run(DATA, AbOptions.of("arm", "nope")))
                .hasMessageContaining("nope");
    }

    @Test
    void zeroVarianceInBothArmsIsRefusedByTheTest() {
        AbOptions o = AbOptions.of("arm", "y");
        assertThatThrownBy(() -> Welch.compare(new double[] {3, 3}, new double[] {1, 1}, "b", "a", o))
                .hasMessageContaining("zero variance in both arm 'a' (every value 1.0) and arm 'b' (every value 3.0)");
    }

    private static void checkWelch(AbResult r, JsonNode expected) {
        for (int v = 0; v < 2; v++) {
            JsonNode e = expected.get(v);
            VariantComparison c = r.comparisons().get(v);
            assertThat(c.variant()).isEqualTo(e.get("variant").asText());
            assertThat(c.test().statistic()).isCloseTo(e.get("t").asDouble(), within(1e-10));
            assertThat(c.test().pValue()).isCloseTo(e.get("p_value").asDouble(), within(1e-12));
            assertThat(c.test().estimate().value()).isCloseTo(e.get("diff").asDouble(), within(1e-12));
            assertThat(c.test().estimate().low()).isCloseTo(e.get("ci_low").asDouble(), within(1e-10));
            assertThat(c.test().estimate().high()).isCloseTo(e.get("ci_high").asDouble(), within(1e-10));
            assertThat(c.relativeLift()).isCloseTo(e.get("lift").asDouble(), within(1e-12));
            assertThat(c.liftLow()).isCloseTo(e.get("lift_low").asDouble(), within(1e-10));
            assertThat(c.liftHigh()).isCloseTo(e.get("lift_high").asDouble(), within(1e-10));
            assertThat(c.adjustedP()).isCloseTo(e.get("holm").asDouble(), within(1e-12));
        }
    }

    private static double width(VariantComparison c) {
        return c.test().estimate().high() - c.test().estimate().low();
    }
}
