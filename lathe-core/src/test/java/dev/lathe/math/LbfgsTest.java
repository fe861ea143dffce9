package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    /** Rosenbrock's banana function, minimum 0 at (1, 1). */
    private static final DifferentiableFunction ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void findsRosenbrocksMinimumFromTheClassicStart() {
        double[] start = {-1.2, 1};
        Minimum m = new Lbfgs(1000, 1e-10).minimize(ROSENBROCK, start);
        assertThat(m.converged()).isTrue();
        assertThat(m.x()).containsExactly(new double[] {1, 1}, within(1e-9));
        assertThat(m.value()).isLessThan(1e-18);
        assertThat(start).containsExactly(-1.2, 1);
    }

    @Test
    void solvesAnIllConditionedQuadraticToTheGradientTolerance() {
        // f(x) = sum_i (i + 1)^2 (x_i - i)^2 / 2: condition number 2500, minimum at x_i = i
        int n = 50;
        DifferentiableFunction f = (x, g) -> {
            double v = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - i;
                double h = (i + 1.0) * (i + 1.0);
                g[i] = h * d;
                v += 0.5 * h * d * d;
            }
            return v;
        };
        Minimum m = new Lbfgs(1000, 1e-9).minimize(f, new double[n]);
        assertThat(m.converged()).isTrue();
        double[] x = m.x();
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(i, within(1e-9));
        }
    }

    @Test
    void reportsNoConvergenceAtTheIterationLimit() {
        Minimum m = new Lbfgs(3, 1e-12).minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertThat(m.converged()).isFalse();
        assertThat(m.iterations()).isEqualTo(3);
    }

    @Test
    void aStartAtTheMinimumTakesNoIteration() {
        Minimum m = new Lbfgs(10, 1e-8).minimize(ROSENBROCK, new double[] {1, 1});
        assertThat(m.converged()).isTrue();
        assertThat(m.iterations()).isZero();
    }

    @Test
    void nonFiniteStartAndBadSettingsAreClearErrors() {
        DifferentiableFunction log = (x, g) -> {
            g[0] = 1 / x[0];
            return Math.log(x[0]);
        };
        assertThatThrownBy(() -> new Lbfgs(10, 1e-6).minimize(log, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite at the starting point");
        assertThatThrownBy(() -> new Lbfgs(0, 1e-6)).hasMessageContaining("max_iter must be at least 1");
        assertThatThrownBy(() -> new Lbfgs(10, 0)).hasMessageContaining("tol must be a finite number greater than 0");
    }

    @Test
    void stepsBackFromRegionsWhereTheFunctionIsNotFinite() {
        // -log(x) + x: minimum at 1, undefined for x <= 0; a long first step lands there
        DifferentiableFunction f = (x, g) -> {
            g[0] = -1 / x[0] + 1;
            return x[0] > 0 ? -Math.log(x[0]) + x[0] : Double.NaN;
        };
        Minimum m = new Lbfgs(100, 1e-10).minimize(f, new double[] {0.01});
        assertThat(m.converged()).isTrue();
        assertThat(m.x()[0]).isCloseTo(1, within(1e-9));
    }
}
