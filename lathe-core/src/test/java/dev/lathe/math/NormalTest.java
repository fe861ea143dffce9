package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NormalTest {

    /** Expected values: scipy.stats.norm.cdf and .ppf, SciPy 1.10.1. */
    @Test
    void agreesWithScipy() {
        assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-16));
        assertThat(Normal.cdf(-5)).isCloseTo(2.866515718791933e-07, within(3e-21));
        assertThat(Normal.cdf(-37.5)).isCloseTo(4.605353009581954e-308, within(1e-320));
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Normal.quantile(0.2)).isCloseTo(-0.8416212335729142, within(1e-15));
        assertThat(Normal.quantile(1e-7 - Math.ulp(1.0))).isCloseTo(-5.199337582605575, within(1e-14));
        assertThat(Normal.quantile(1e-300)).isCloseTo(-37.0470962993612, within(1e-12));
    }

    @Test
    void endsAndOutsideTheRange() {
        assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Normal.quantile(1.5)).isNaN();
        assertThat(Normal.quantile(Double.NaN)).isNaN();
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
    }

    /** Above 4 the upper tail 1 - cdf(x) loses digits to the spacing of doubles near 1. */
    @Property(tries = 300)
    void quantileInvertsCdf(@ForAll @DoubleRange(min = -8, max = 4) double x) {
        assertThat(Normal.quantile(Normal.cdf(x))).isCloseTo(x, within(1e-9));
    }
}
