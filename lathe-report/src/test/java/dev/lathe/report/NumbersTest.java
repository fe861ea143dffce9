package dev.lathe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"150, 150", "0.123456, 0.1235", "12.3456, 12.35", "12345.678, 12345.7", "-2.5, -2.5",
            "0.5, 0.5", "0.0012345, 0.001235", "0.00012345, 1.235e-04", "1.5e12, 1.5e+12", "-0.0, 0",
            "0.30000000000000004, 0.3", "NaN, NaN", "Infinity, inf", "-Infinity, -inf"})
    void formatsShortAndWithoutSpuriousDigits(double value, String expected) {
        assertThat(Numbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.1234, 12.3%", "1, 100.0%", "0, 0.0%"})
    void percents(double fraction, String expected) {
        assertThat(Numbers.percent(fraction)).isEqualTo(expected);
    }
}
