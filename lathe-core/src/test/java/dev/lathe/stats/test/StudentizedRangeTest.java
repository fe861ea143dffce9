package dev.lathe.stats.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.stats.distribution.StudentizedRange;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The studentized range distribution against scipy 1.10.1's {@code studentized_range} (fixture anova.json). */
class StudentizedRangeTest {

    private static double df(JsonNode c) {
        return c.get("df").isTextual() ? Double.POSITIVE_INFINITY : c.get("df").asDouble();
    }

    @Test
    void distributionFunctionAndTailMatchScipyOnTheGrid() {
        int compared = 0;
        for (JsonNode c : AnovaFixture.root().get("studentized_range").get("cdf")) {
            StudentizedRange d = StudentizedRange.of(c.get("k").asInt(), df(c));
            double q = c.get("q").asDouble();
            String where = "k=" + c.get("k") + " df=" + c.get("df") + " q=" + q;
            assertThat(d.cumulativeProbability(q)).as("cdf " + where).isCloseTo(c.get("cdf").asDouble(), within(1e-10));
            double sf = c.get("sf").asDouble();
            // far tails: scipy's absolute error reaches 1.6e-13 (k = 2, df = 1000, q = 7, against the exact value
            // 2 P(T > 7 / sqrt 2)) and the two differ by up to 1.3e-12 (k = 3, df = 10^4); Lathe's own error at k = 2 stays
            // below 1e-14 (twoMeansFollowStudentsT)
            assertThat(d.survivalProbability(q)).as("sf " + where).isCloseTo(sf, within(Math.max(5e-12, 1e-8 * sf)));
            compared++;
        }
        assertThat(compared).isEqualTo(320);
    }

    /** Quantiles to 1e-9 relative; our distribution function at scipy's quantile gives back p to 1e-12. */
    @Test
    void quantilesMatchScipy() {
        for (JsonNode c : AnovaFixture.root().get("studentized_range").get("quantile")) {
            StudentizedRange d = StudentizedRange.of(c.get("k").asInt(), df(c));
            double want = c.get("q").asDouble();
            double p = c.get("p").asDouble();
            String where = "quantile k=" + c.get("k") + " df=" + c.get("df") + " p=" + p;
            double got = d.inverseCumulativeProbability(p);
            assertThat(got).as(where).isCloseTo(want, within(1e-9 * want));
            assertThat(d.cumulativeProbability(want)).as(where).isCloseTo(p, within(1e-12));
            assertThat(d.cumulativeProbability(got)).as(where).isCloseTo(p, within(1e-13));
        }
    }

    /** For two means the studentized range is sqrt(2) |T| with T Student's t on df: an exact check at every df. */
    @Test
    void twoMeansFollowStudentsT() {
        for (double df : new double[] {1, 3, 17, 250, 5000, 1e6}) {
            StudentizedRange d = StudentizedRange.of(2, df);
            TDistribution t = TDistribution.of(df);
            for (double q : new double[] {0.2, 1.5, 3, 6}) {
                double exact = 2 * t.survivalProbability(q / Math.sqrt(2));
                assertThat(d.survivalProbability(q)).as("df %s q %s", df, q).isCloseTo(exact, within(1e-14));
            }
        }
    }

    @Test
    void densityIsTheSlopeOfTheDistributionFunction() {
        StudentizedRange d = StudentizedRange.of(4, 12);
        double h = 1e-5;
        double slope = (d.cumulativeProbability(3 + h) - d.cumulativeProbability(3 - h)) / (2 * h);
        assertThat(d.density(3)).isCloseTo(slope, within(1e-8));
    }

    @Test
    void refusesParametersOutsideTheirRange() {
        assertThatThrownBy(() -> StudentizedRange.of(1, 10)).hasMessageContaining("k >= 2").hasMessageContaining("1");
        assertThatThrownBy(() -> StudentizedRange.of(3, 0.5)).hasMessageContaining("df >= 1").hasMessageContaining("0.5");
        assertThatThrownBy(() -> StudentizedRange.of(3, 10).inverseCumulativeProbability(1))
                .hasMessageContaining("(0, 1)");
    }
}
