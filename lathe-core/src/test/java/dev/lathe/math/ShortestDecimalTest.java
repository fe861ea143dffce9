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
}
