package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement with pandas 1.5.3 / scipy 1.10.1 (fixtures/stats/shape.json, see README.md); NIST StRD in NistUnivariateTest. */
class ShapeStatisticsTest {

    private static final double TOL = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "symmetric", "heavy_tails", "four", "three"})
    void matchesPandas(String name) {
        JsonNode c = JsonFixtures.read("stats/shape.json").get("samples").get(name);
        double[] values = JsonFixtures.doubles(c.get("values"));
        ShapeStatistics s = ShapeStatistics.of(values);
        assertThat(s.skewness()).isCloseTo(c.get("skew").asDouble(), within(TOL));
        if (c.get("kurt").isNull()) {
            assertThat(s.excessKurtosis()).isNaN();
        } else {
            assertThat(s.excessKurtosis()).isCloseTo(c.get("kurt").asDouble(), within(TOL));
        }
        assertThat(s.medianAbsoluteDeviation()).isCloseTo(c.get("mad").asDouble(), within(TOL));
        assertThat(s.coefficientOfVariation()).isCloseTo(c.get("cv").asDouble(), within(TOL));
        ShapeStatistics decimal = ShapeStatistics.ofDecimal(values);
        assertThat(decimal.skewness()).isCloseTo(s.skewness(), within(TOL));
        assertThat(decimal.coefficientOfVariation()).isCloseTo(s.coefficientOfVariation(), within(TOL));
        assertThat(decimal.medianAbsoluteDeviation()).isEqualTo(s.medianAbsoluteDeviation());
    }

    @Test
    void entropyMatchesScipy() {
        JsonNode e = JsonFixtures.read("stats/shape.json").get("entropy");
        String[] labels = JsonFixtures.strings(e.get("labels"));
        assertThat(Entropy.of(CategoricalColumn.of("c", labels))).isCloseTo(e.get("entropy").asDouble(), within(TOL));
        assertThat(Entropy.of(CategoricalColumn.of("c", "x", "x"))).isZero();
        assertThat(Entropy.of(CategoricalColumn.of("c", (String) null))).isNaN();
    }

    @Test
    void lag1SkipsPairsWithAMissingRow() {
        // present 1, 2, 4, 5 (mean 3, deviations -2, -1, 1, 2, sum of squares 10); adjacent present pairs
        // (1, 2) and (4, 5) only: (-1)(-2) + (2)(1) = 4, r(1) = 0.4
        ShapeStatistics s = ShapeStatistics.of(new double[] {1, 2, Double.NaN, 4, 5});
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.lag1Autocorrelation()).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void edgeCasesGiveDocumentedValues() {
        ShapeStatistics constant = ShapeStatistics.of(new double[] {3, 3, 3, 3, 3});
        assertThat(constant.skewness()).isZero();
        assertThat(constant.excessKurtosis()).isZero();
        assertThat(constant.medianAbsoluteDeviation()).isZero();
        assertThat(constant.lag1Autocorrelation()).isNaN();
        ShapeStatistics two = ShapeStatistics.of(new double[] {1, Double.NaN, 3});
        assertThat(two.skewness()).isNaN();
        assertThat(two.excessKurtosis()).isNaN();
        assertThat(ShapeStatistics.of(new double[] {-1, 1}).coefficientOfVariation()).isNaN();
        ShapeStatistics empty = ShapeStatistics.of(new double[] {Double.NaN});
        assertThat(empty.count()).isZero();
        assertThat(empty.medianAbsoluteDeviation()).isNaN();
        assertThat(ShapeStatistics.ofDecimal(new double[] {Double.NaN}).mean()).isNaN();
        assertThatThrownBy(() -> ShapeStatistics.of(new double[] {1, Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> ShapeStatistics.ofDecimal(new double[] {Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
