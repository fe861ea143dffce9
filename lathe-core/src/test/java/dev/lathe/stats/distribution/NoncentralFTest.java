package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The noncentral F cdf against scipy.stats.ncf.cdf, including the large df and noncentrality of 1M values. */
class NoncentralFTest {

    /** {d1, d2, lambda, f, scipy 1.10.1 ncf.cdf(f, d1, d2, lambda)}. */
    private static final double[][] SCIPY = {
        {9, 999990, 776, 86.3, 0.4478837207922373},
        {9, 999990, 600, 86.3, 0.9993607984631648},
        {9, 999990, 950, 86.3, 0.001005554657874948},
        {2, 10, 5, 3.1, 0.48658447005011757},
        {3, 20, 0.5, 0.2, 0.08434642471373861},
        {1, 5, 40, 30, 0.2774281821189347},
        {4, 8, 200, 80, 0.7445232066477747},
        {50, 60, 3000, 70, 0.7472427583933395},
        {2, 3, 1500, 1000, 0.5219486268387057},
        {5, 100, 0.001, 2.0, 0.9148615608460468},
        {1, 1, 3, 0.01, 0.014299039993323779},
    };

    @Test
    void agreesWithScipyFromSmallToLargeDegreesOfFreedomAndNoncentrality() {
        for (double[] c : SCIPY) {
            double p = NoncentralF.of(c[0], c[1], c[2]).cumulativeProbability(c[3]);
            assertThat(p).as(java.util.Arrays.toString(c)).isCloseTo(c[4], within(1e-12));
        }
    }

    @Test
    void aFarLowerTailStaysTiny() {
        // scipy gives 9.7e-34; the mixture's terms there are below the 1e-17 weight cut-off
        assertThat(NoncentralF.of(4, 8, 200).cumulativeProbability(0.5)).isBetween(0.0, 1e-30);
    }
}
