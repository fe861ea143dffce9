package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {

    private static double integrate(GaussLegendre rule, double a, double b, int panels,
                                    java.util.function.DoubleUnaryOperator f) {
        double[] x = new double[panels * rule.order()];
        double[] w = new double[x.length];
        rule.composite(a, b, panels, x, w);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += w[i] * f.applyAsDouble(x[i]);
        }
        return sum;
    }

    @Test
    void sixteenNodesIntegratePolynomialsOfDegreeThirtyOneExactly() {
        GaussLegendre rule = GaussLegendre.of(16);
        // integral of x^30 over [-1, 1] is 2/31; of x^31 is 0
        assertThat(integrate(rule, -1, 1, 1, x -> Math.pow(x, 30))).isCloseTo(2.0 / 31, within(1e-15));
        assertThat(integrate(rule, -1, 1, 1, x -> Math.pow(x, 31))).isCloseTo(0, within(1e-16));
        // degree 32 is beyond the rule: no longer exact
        assertThat(Math.abs(integrate(rule, -1, 1, 1, x -> Math.pow(x, 32)) - 2.0 / 33)).isGreaterThan(1e-12);
    }

    @Test
    void compositeRuleOnSmoothFunctions() {
        GaussLegendre rule = GaussLegendre.of(16);
        assertThat(integrate(rule, 0, Math.PI, 4, Math::sin)).isCloseTo(2, within(4e-15));
        assertThat(integrate(rule, -8.5, 8.5, 17, x -> Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)))
                .isCloseTo(1, within(1e-15));
        assertThatThrownBy(() -> GaussLegendre.of(0)).hasMessageContaining("[1, 200], got 0");
    }
}
