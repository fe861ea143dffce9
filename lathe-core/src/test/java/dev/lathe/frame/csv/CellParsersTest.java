package dev.lathe.frame.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellParsersTest {

    private static double parse(String s) {
        return CellParsers.parseNumber(s.toCharArray(), 0, s.length());
    }

    @Property(tries = 3000)
    void fastPathAgreesWithTheJdkOnEveryDouble(@ForAll double v) {
        String s = Double.toString(v);
        assertThat(parse(s)).isEqualTo(Double.parseDouble(s));
    }

    @Property(tries = 3000)
    void shortDecimalsAgreeWithTheJdk(@ForAll long mantissa, @ForAll byte scale) {
        String digits = Long.toString(Math.abs(mantissa % 10_000_000_000L));
        int point = Math.floorMod(scale, digits.length() + 1);
        String s = (mantissa < 0 ? "-" : "") + digits.substring(0, point) + "." + digits.substring(point);
        assertThat(parse(s)).as(s).isEqualTo(Double.parseDouble(s));
    }

    @Test
    void acceptedForms() {
        assertThat(parse("0.1")).isEqualTo(0.1);
        assertThat(parse(" 12 ")).isEqualTo(12);
        assertThat(parse("+5")).isEqualTo(5);
        assertThat(parse("-.5")).isEqualTo(-0.5);
        assertThat(parse("1.")).isEqualTo(1);
        assertThat(parse("1e-3")).isEqualTo(0.001);
        assertThat(parse("2.5E+10")).isEqualTo(2.5e10);
        assertThat(parse("12345678901234567890123")).isEqualTo(1.2345678901234567890123e22);
        assertThat(parse("0.00000000000000000000000012")).isEqualTo(1.2e-25);
        assertThat(parse("-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(parse("Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "-", "1f", "1d", "0x10", "1-2", "1e", "e5", "abc", "1,5", "NaN", "1 2"})
    void rejectedForms(String s) {
        assertThat(parse(s)).isNaN();
    }
}
