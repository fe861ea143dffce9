package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShortestDecimalTest {

    @ParameterizedTest
    @CsvSource({
            "10000000.2, 10000000.2",
            "1000000000.2, 1000000000.2",
            "0.1, 0.1",
            "-2.5e-7, -2.5E-7",
            "123456789012345, 123456789012345",
            // 0.1 + 0.2 needs 17 digits
            "0.30000000000000004, 0.30000000000000004",
            "1.7976931348623157e308, 1.7976931348623157E+308",
            "0, 0"})
    void recoversTheDecimalThatWasRead(String text, String expected) {
        BigDecimal d = ShortestDecimal.of(Double.parseDouble(text));
        assertThat(d).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(d.doubleValue()).isEqualTo(Double.parseDouble(text));
    }

    @Test
    void everyResultReadsBackAsTheSameDouble() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                assertThat(ShortestDecimal.of(v).doubleValue()).isEqualTo(v);
            }
        }
    }

    @Test
    void deviationsAreExactDecimalDifferencesRoundedOnce() {
        double[] d = ShortestDecimal.deviations(new double[] {10000000.3, Double.NaN, 10000000.1},
                new BigDecimal("10000000.2"));
        assertThat(d[0]).isEqualTo(0.1);
        assertThat(d[1]).isNaN();
        assertThat(d[2]).isEqualTo(-0.1);
        assertThatThrownBy(() -> ShortestDecimal.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    /** The common-scale fast path of deviations gives what the BigDecimal formula gives, value by value. */
    @Test
    void deviationsEqualTheExactDecimalDifferenceRoundedOnce() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int decimals = random.nextInt(0, 6);
            double offset = Math.pow(10, random.nextInt(0, 13));
            double[] values = new double[50];
            for (int i = 0; i < values.length; i++) {
                long units = random.nextLong(-1_000_000, 1_000_000);
                values[i] = Double.parseDouble(new BigDecimal(units).movePointLeft(decimals)
                        .add(new BigDecimal((long) offset)).toPlainString());
            }
            values[3] = Double.NaN;
            BigDecimal center = ShortestDecimal.of(values[7]);
            double[] got = ShortestDecimal.deviations(values, center);
            for (int i = 0; i < values.length; i++) {
                double want = Double.isNaN(values[i]) ? Double.NaN
                        : ShortestDecimal.of(values[i]).subtract(center).doubleValue();
                assertThat(Double.valueOf(got[i])).as("trial %d value %s", trial, values[i]).isEqualTo(Double.valueOf(want));
            }
        }
        // values needing 17 digits take the BigDecimal path and give the same rule
        double[] awkward = {0.1 + 0.2, 1.0 / 3, 2.5};
        double[] got = ShortestDecimal.deviations(awkward, new BigDecimal("0.3"));
        assertThat(got[0]).isEqualTo(new BigDecimal("0.30000000000000004").subtract(new BigDecimal("0.3")).doubleValue());
        assertThat(got[2]).isEqualTo(2.2);
    }
}
