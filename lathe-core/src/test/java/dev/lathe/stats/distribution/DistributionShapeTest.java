package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.NumericColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * Histogram, kernel density, empirical CDF and Q-Q plot against NumPy 1.24.2, scipy 1.10.1 and statsmodels
 * 0.13.5 (fixtures/stats/distribution.json, made by gen_distribution.py; see README.md there).
 */
class DistributionShapeTest {

    private static final JsonNode SAMPLES = JsonFixtures.read("stats/distribution.json").get("samples");
    private static final String[] NAMES = {"skewed_missing", "tied_iqr0", "small_ties", "n5", "n8", "normal_200",
        "constant"};

    private static NumericColumn column(String name) {
        return NumericColumn.wrap(name, JsonFixtures.doubles(SAMPLES.get(name).get("values")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "tied_iqr0", "small_ties", "n5", "n8", "normal_200", "constant"})
    void histogramMatchesNumpy(String name) {
        JsonNode expected = SAMPLES.get(name).get("histogram");
        NumericColumn column = column(name);
        assertHistogram(Histogram.of(column, BinRule.FREEDMAN_DIACONIS), expected.get("fd"));
        assertHistogram(Histogram.of(column, BinRule.STURGES), expected.get("sturges"));
        assertHistogram(Histogram.of(column), expected.get("auto"));
        assertHistogram(Histogram.of(column, 3), expected.get("3"));
        assertHistogram(Histogram.of(column, 7), expected.get("7"));
    }

    private static void assertHistogram(Histogram actual, JsonNode expected) {
        double[] edges = JsonFixtures.doubles(expected.get("edges"));
        assertThat(actual.edges()).containsExactly(edges);
        long[] counts = new long[expected.get("counts").size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = expected.get("counts").get(i).asLong();
        }
        assertThat(actual.counts()).containsExactly(counts);
        double area = 0;
        double[] density = actual.density();
        for (int i = 0; i < density.length; i++) {
            area += density[i] * (edges[i + 1] - edges[i]);
        }
        assertThat(area).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aCapLimitsTheBinsARuleAsksFor() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 10;
        }
        v[0] = 1e12; // the Freedman-Diaconis width of the rest asks for about 1e12 bins
        NumericColumn column = NumericColumn.of("far", v);
        Histogram capped = Histogram.of(column, BinRule.AUTO, 100);
        assertThat(capped.bins()).isEqualTo(100);
        assertThat(capped.counts()[0] + capped.counts()[99]).isEqualTo(1000);
        assertThat(Histogram.of(NumericColumn.of("few", 1, 2, 3, 4), BinRule.AUTO, 100).bins())
                .isEqualTo(Histogram.of(NumericColumn.of("few", 1, 2, 3, 4)).bins());
        assertThatThrownBy(() -> Histogram.of(column, BinRule.AUTO, 0))
                .hasMessage("a histogram of column 'far' needs at least 1 bin, got at most 0");
    }

    @Test
    void histogramCountsMissingValues() {
        Histogram h = Histogram.of(column("skewed_missing"), BinRule.STURGES);
        assertThat(h.missing()).isEqualTo(3);
        assertThat(h.column()).isEqualTo("skewed_missing");
        assertThat(java.util.Arrays.stream(h.counts()).sum()).isEqualTo(57);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "tied_iqr0", "small_ties", "n5", "n8", "normal_200"})
    void kernelDensityMatchesScipy(String name) {
        JsonNode c = SAMPLES.get(name);
        double[] points = JsonFixtures.doubles(c.get("kde_points"));
        assertKde(KernelDensity.of(column(name)), c.get("kde_scott"), points);
        assertKde(KernelDensity.of(column(name), Bandwidth.SILVERMAN), c.get("kde_silverman"), points);
        assertKde(KernelDensity.of(column(name), 0.5), c.get("kde_0.5"), points);
    }

    private static void assertKde(KernelDensity kde, JsonNode expected, double[] points) {
        assertThat(kde.factor()).isCloseTo(expected.get("factor").asDouble(), within(1e-15));
        assertThat(kde.bandwidth()).isCloseTo(expected.get("bandwidth").asDouble(),
                within(1e-13 * kde.bandwidth()));
        double[] density = kde.evaluate(points);
        double[] want = JsonFixtures.doubles(expected.get("density"));
        for (int i = 0; i < want.length; i++) {
            assertThat(density[i]).isCloseTo(want[i], within(1e-13 * Math.max(want[i], 1e-3)));
        }
    }

    @Test
    void kernelDensityGridFollowsSeabornDefaults() {
        KernelDensity kde = KernelDensity.of(column("n5"));
        Curve grid = kde.grid();
        assertThat(grid.x()).hasSize(KernelDensity.DEFAULT_GRID_POINTS);
        assertThat(grid.x()[0]).isCloseTo(1.5 - 3 * kde.bandwidth(), within(1e-12));
        assertThat(grid.x()[199]).isEqualTo(9.0 + 3 * kde.bandwidth());
        double area = 0;
        for (int i = 1; i < 200; i++) {
            area += (grid.x()[i] - grid.x()[i - 1]) * (grid.y()[i] + grid.y()[i - 1]) / 2;
        }
        assertThat(area).isCloseTo(1.0, within(0.01));
        assertThat(kde.count()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "tied_iqr0", "small_ties", "n5", "n8", "normal_200", "constant"})
    void empiricalCdfMatchesStatsmodels(String name) {
        JsonNode e = SAMPLES.get(name).get("ecdf");
        EmpiricalCdf cdf = EmpiricalCdf.of(column(name));
        double[] points = JsonFixtures.doubles(e.get("points"));
        double[] want = JsonFixtures.doubles(e.get("values"));
        for (int i = 0; i < points.length; i++) {
            // statsmodels accumulates 1/n steps; exact shares differ in the last bit
            assertThat(cdf.at(points[i])).isCloseTo(want[i], within(1e-15));
        }
    }

    @Test
    void empiricalCdfStepsAtDistinctValues() {
        Curve steps = EmpiricalCdf.of(NumericColumn.of("x", 3, 1, Double.NaN, 3, 2)).steps();
        assertThat(steps.x()).containsExactly(1, 2, 3);
        assertThat(steps.y()).containsExactly(0.25, 0.5, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "tied_iqr0", "small_ties", "n5", "n8", "normal_200"})
    void qqMatchesScipyProbplot(String name) {
        JsonNode p = SAMPLES.get(name).get("probplot");
        NormalQQ qq = NormalQQ.of(column(name));
        double[] theoretical = JsonFixtures.doubles(p.get("theoretical"));
        for (int i = 0; i < theoretical.length; i++) {
            assertThat(qq.theoretical()[i]).isCloseTo(theoretical[i], within(1e-14));
        }
        assertThat(qq.ordered()).containsExactly(JsonFixtures.doubles(p.get("ordered")));
        assertThat(qq.slope()).isCloseTo(p.get("slope").asDouble(), within(1e-12 * Math.abs(qq.slope())));
        assertThat(qq.intercept()).isCloseTo(p.get("intercept").asDouble(), within(1e-12 * Math.abs(qq.intercept())));
        assertThat(qq.r()).isCloseTo(p.get("r").asDouble(), within(1e-14));
    }

    @Test
    void qqOfConstantDataIsFlatAsScipy() {
        NormalQQ qq = NormalQQ.of(column("constant"));
        assertThat(qq.slope()).isZero();
        assertThat(qq.intercept()).isEqualTo(4.0);
        assertThat(qq.r()).isZero();
    }

    @Test
    void rejectsBadInputNamingTheColumn() {
        double nan = Double.NaN;
        NumericColumn empty = NumericColumn.of("empty");
        NumericColumn allMissing = NumericColumn.of("gone", nan, nan);
        NumericColumn infinite = NumericColumn.of("spiky", 1, Double.POSITIVE_INFINITY, 3);
        NumericColumn constant = NumericColumn.of("flat", 2, 2, nan, 2);
        assertThatThrownBy(() -> Histogram.of(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'empty' has 0 present value(s) (0 missing); a histogram needs at least 1");
        assertThatThrownBy(() -> Histogram.of(allMissing, BinRule.STURGES))
                .hasMessage("column 'gone' has 0 present value(s) (2 missing); a histogram needs at least 1");
        assertThatThrownBy(() -> Histogram.of(infinite, 4))
                .hasMessage("column 'spiky' holds Infinity in row 1; a histogram needs finite values");
        assertThatThrownBy(() -> Histogram.of(constant, 0))
                .hasMessage("a histogram of column 'flat' needs at least 1 bin, got 0");
        assertThatThrownBy(() -> KernelDensity.of(constant))
                .hasMessageStartingWith("column 'flat' is constant (every present value is 2.0); a kernel density");
        assertThatThrownBy(() -> KernelDensity.of(NumericColumn.of("one", 5)))
                .hasMessageContaining("column 'one' has 1 present value(s)");
        assertThatThrownBy(() -> KernelDensity.of(infinite, Bandwidth.SILVERMAN)).hasMessageContaining("'spiky'");
        assertThatThrownBy(() -> KernelDensity.of(column("n5"), -1.0))
                .hasMessageContaining("bandwidth factor for column 'n5' must be finite and greater than 0");
        assertThatThrownBy(() -> KernelDensity.of(column("n5")).grid(1, 3))
                .hasMessageContaining("at least 2 points");
        assertThatThrownBy(() -> EmpiricalCdf.of(allMissing)).hasMessageContaining("column 'gone'");
        assertThatThrownBy(() -> NormalQQ.of(NumericColumn.of("one", 5, nan)))
                .hasMessageContaining("column 'one' has 1 present value(s) (1 missing); a Q-Q plot needs at least 2");
    }
}
