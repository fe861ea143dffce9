package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapiro-Wilk, Anderson-Darling and D'Agostino-Pearson against scipy 1.10.1 and statsmodels 0.13.5
 * (fixtures/stats/normality.json, made by gen_normality.py; see README.md there).
 */
class NormalityTestsTest {

    private static final JsonNode SAMPLES = JsonFixtures.read("stats/normality.json").get("samples");
    /** Agreement asked of every p-value. */
    private static final double P_TOL = 1e-6;

    static Stream<String> names() {
        Iterable<String> it = SAMPLES::fieldNames;
        return java.util.stream.StreamSupport.stream(it.spliterator(), false);
    }

    private static NumericColumn column(String name) {
        return NumericColumn.wrap(name, JsonFixtures.doubles(SAMPLES.get(name).get("values")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shapiroWilkMatchesRAndScipy(String name) {
        JsonNode c = SAMPLES.get(name);
        NormalityResult r = ShapiroWilk.test(column(name));
        assertThat(r.count()).isEqualTo(c.get("n").asInt());
        assertThat(r.missing()).isEqualTo(c.get("values").size() - r.count());
        // R's shapiro.test runs the same algorithm (AS R94) in double precision
        JsonNode inR = c.get("shapiro_r");
        assertThat(r.statistic()).isCloseTo(inR.get(0).asDouble(), within(1e-13));
        assertThat(r.pValue()).isCloseTo(inR.get(1).asDouble(), within(1e-11));
        // scipy 1.10 runs it in single precision (data, coefficients, AS 111 normal quantiles): W carries about
        // 6 digits and its p-value drifts as n grows (8.6e-3 at n = 5000, 1.7e-4 at n = 500, at most 3e-6 up to
        // n = 200); for n = 3 scipy also rounds 6/pi and pi/3 to 7 digits
        JsonNode inScipy = c.get("shapiro");
        assertThat(r.statistic()).isCloseTo(inScipy.get(0).asDouble(), within(3e-6));
        if (r.count() <= 200) {
            assertThat(r.pValue()).isCloseTo(inScipy.get(1).asDouble(), within(3e-6));
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void andersonDarlingMatchesScipyAndStatsmodels(String name) {
        JsonNode c = SAMPLES.get(name);
        AndersonDarling r = AndersonDarling.test(column(name));
        JsonNode a = c.get("anderson");
        // A^2 = -n - sum: at n = 5000 the cancellation leaves about 1e-11 of rounding in either program
        assertThat(r.statistic()).isCloseTo(a.get("statistic").asDouble(), within(1e-10));
        assertThat(r.criticalValues()).containsExactly(JsonFixtures.doubles(a.get("critical_values")));
        assertThat(r.significanceLevels()).containsExactly(JsonFixtures.doubles(a.get("significance_level")));
        assertThat(r.statistic()).isCloseTo(c.get("normal_ad").get(0).asDouble(), within(1e-10));
        assertThat(r.pValue()).isCloseTo(c.get("normal_ad").get(1).asDouble(), within(1e-10));
    }

    @ParameterizedTest
    @MethodSource("names")
    void dagostinoPearsonMatchesScipy(String name) {
        JsonNode c = SAMPLES.get(name);
        NumericColumn column = column(name);
        if (c.has("kurtosistest")) {
            assertAgrees(DagostinoPearson.kurtosisTest(column), c.get("kurtosistest"));
        }
        if (c.has("normaltest")) {
            assertAgrees(DagostinoPearson.skewTest(column), c.get("skewtest"));
            assertAgrees(DagostinoPearson.test(column), c.get("normaltest"));
        }
    }

    private static void assertAgrees(NormalityResult actual, JsonNode expected) {
        double statistic = expected.get(0).asDouble();
        assertThat(actual.statistic()).isCloseTo(statistic, within(1e-12 * Math.max(1, Math.abs(statistic))));
        assertThat(actual.pValue()).isCloseTo(expected.get(1).asDouble(), within(1e-12));
    }

    @Test
    void shapiroWilkCoefficientsMatchRoystonsTable() {
        // Shapiro and Wilk (1965) exact coefficients for n = 10: 0.5739, 0.3291, 0.2141, 0.1224, 0.0399;
        // Royston's approximation agrees to about 3 decimals
        double[] a = ShapiroWilk.coefficients(10);
        double[] exact = {0.5739, 0.3291, 0.2141, 0.1224, 0.0399};
        for (int i = 0; i < exact.length; i++) {
            assertThat(a[i]).isCloseTo(exact[i], within(2e-3));
        }
        double squares = 0;
        for (double v : a) {
            squares += 2 * v * v;
        }
        assertThat(squares).isCloseTo(1.0, within(1e-14));
    }

    @Test
    void rejectsBadInputNamingTheColumn() {
        double nan = Double.NaN;
        assertThatThrownBy(() -> ShapiroWilk.test(NumericColumn.of("short", 1, 2, nan)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'short' has 2 present value(s) (1 missing); the Shapiro-Wilk test needs at least 3");
        assertThatThrownBy(() -> ShapiroWilk.test(NumericColumn.wrap("long", new double[5001])))
                .hasMessage("column 'long' has 5001 present values; the Shapiro-Wilk test takes at most 5000");
        assertThatThrownBy(() -> ShapiroWilk.test(NumericColumn.of("flat", 3, 3, 3, 3)))
                .hasMessageStartingWith("column 'flat' is constant (every present value is 3.0); the Shapiro-Wilk");
        assertThatThrownBy(() -> ShapiroWilk.test(NumericColumn.of("spiky", 1, 2, Double.NEGATIVE_INFINITY)))
                .hasMessage("column 'spiky' holds -Infinity in row 2; the Shapiro-Wilk test needs finite values");
        assertThatThrownBy(() -> ShapiroWilk.test(NumericColumn.of("empty")))
                .hasMessageContaining("column 'empty' has 0 present value(s)");
        assertThatThrownBy(() -> AndersonDarling.test(NumericColumn.of("flat", 1, 1, 1)))
                .hasMessageStartingWith("column 'flat' is constant");
        assertThatThrownBy(() -> AndersonDarling.test(NumericColumn.of("gone", nan, nan, nan)))
                .hasMessageContaining("column 'gone' has 0 present value(s) (3 missing)");
        assertThatThrownBy(() -> DagostinoPearson.test(NumericColumn.of("seven", 1, 2, 3, 4, 5, 6, 7)))
                .hasMessageContaining("column 'seven' has 7 present value(s) (0 missing); the D'Agostino-Pearson"
                        + " test needs at least 8");
        assertThatThrownBy(() -> DagostinoPearson.kurtosisTest(NumericColumn.of("four", 1, 2, 3, 4)))
                .hasMessageContaining("the kurtosis test needs at least 5");
        assertThatThrownBy(() -> DagostinoPearson.skewTest(NumericColumn.of("flat", 2, 2, 2, 2, 2, 2, 2, 2)))
                .hasMessageStartingWith("column 'flat' is constant");
    }
}
