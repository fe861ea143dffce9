package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class BrentTest {

    @Test
    void findsTheMinimumOfASmoothFunction() {
        // minimum of x^4 - 3x^3 + 2 at x = 9/4 (derivative 4x^3 - 9x^2 = x^2 (4x - 9))
        assertThat(Brent.minimize(x -> x * x * x * x - 3 * x * x * x + 2, -2, 2)).isCloseTo(2.25, within(1e-7));
        // minimum of cosh(x - 0.7) + 0.1 x at asinh(-0.1) + 0.7
        assertThat(Brent.minimize(x -> Math.cosh(x - 0.7) + 0.1 * x, -2, 2))
                .isCloseTo(0.7 - 0.0998340788992076, within(1e-7));
    }

    @Test
    void walksDownhillBeyondTheStartingPoints() {
        assertThat(Brent.minimize(x -> (x - 40) * (x - 40), -2, 2)).isCloseTo(40, within(1e-6));
        assertThat(Brent.minimize(x -> (x + 123.5) * (x + 123.5), -2, 2)).isCloseTo(-123.5, within(1e-5));
    }

    @Test
    void failsWhenTheFunctionHasNoMinimum() {
        assertThatThrownBy(() -> Brent.minimize(x -> -x, -2, 2)).isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("no minimum found");
        assertThatThrownBy(() -> Brent.minimize(x -> Double.POSITIVE_INFINITY, -2, 2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("no minimum found: no finite value of the function");
    }

    @Property(tries = 200)
    void findsTheVertexOfAnyParabola(@ForAll @DoubleRange(min = -50, max = 50) double vertex,
                                     @ForAll @DoubleRange(min = 0.01, max = 100) double curvature) {
        double found = Brent.minimize(x -> curvature * (x - vertex) * (x - vertex) + 3, -2, 2);
        assertThat(found).isCloseTo(vertex, within(1e-6 * Math.max(1, Math.abs(vertex))));
    }
}
