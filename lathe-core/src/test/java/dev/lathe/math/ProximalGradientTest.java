package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.loss.Penalty;
import org.junit.jupiter.api.Test;

class ProximalGradientTest {

    /** h = lambda ||x||_1 through the shared penalty. */
    private static ProximalGradient.NonSmoothTerm l1(double lambda) {
        Penalty p = Penalty.l1(lambda);
        return new ProximalGradient.NonSmoothTerm() {
            @Override
            public double value(double[] x) {
                return p.value(x);
            }

            @Override
            public void proximal(double[] x, double step) {
                p.proximalL1(x, step);
            }
        };
    }

    @Test
    void separableLassoGivesTheSoftThreshold() {
        // ||x - b||^2 / 2 + 0.5 ||x||_1 is minimised by sign(b) max(|b| - 0.5, 0)
        double[] b = {2, -0.3, 0.5, -1.5, 0};
        DifferentiableFunction f = (x, g) -> {
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                g[i] = x[i] - b[i];
                v += 0.5 * g[i] * g[i];
            }
            return v;
        };
        Minimum m = new ProximalGradient(1000, 1e-12).minimize(f, l1(0.5), new double[5]);
        assertThat(m.converged()).isTrue();
        assertThat(m.x()).containsExactly(new double[] {1.5, 0, 0, -1, 0}, within(1e-12));
    }

    @Test
    void lassoOnCorrelatedColumnsMeetsTheOptimalityConditions() {
        // f(x) = ||A x - y||^2 / 2 with strongly correlated columns of A
        double[][] a = {{1, 0.9, 0.1}, {0.9, 1, 0.2}, {0.1, 0.2, 1}, {1, 1, 1}};
        double[] y = {1, 2, -1, 0.5};
        DifferentiableFunction f = (x, g) -> {
            java.util.Arrays.fill(g, 0);
            double v = 0;
            for (int r = 0; r < a.length; r++) {
                double res = -y[r];
                for (int j = 0; j < x.length; j++) {
                    res += a[r][j] * x[j];
                }
                v += 0.5 * res * res;
                for (int j = 0; j < x.length; j++) {
                    g[j] += res * a[r][j];
                }
            }
            return v;
        };
        double lambda = 0.3;
        Minimum m = new ProximalGradient(100_000, 1e-11).minimize(f, l1(lambda), new double[3]);
        assertThat(m.converged()).isTrue();
        double[] x = m.x();
        double[] g = new double[3];
        f.valueAndGradient(x, g);
        for (int j = 0; j < 3; j++) {
            if (x[j] != 0) {
                assertThat(g[j] + lambda * Math.signum(x[j])).as("stationarity of %d", j).isCloseTo(0, within(1e-10));
            } else {
                assertThat(Math.abs(g[j])).as("subgradient bound of %d", j).isLessThanOrEqualTo(lambda + 1e-10);
            }
        }
    }

    @Test
    void reportsNoConvergenceAtTheIterationLimitAndChecksItsSettings() {
        DifferentiableFunction f = (x, g) -> {
            g[0] = 1e4 * (x[0] - 1);
            g[1] = x[1] - 1;
            return 0.5 * 1e4 * (x[0] - 1) * (x[0] - 1) + 0.5 * (x[1] - 1) * (x[1] - 1);
        };
        Minimum m = new ProximalGradient(2, 1e-12).minimize(f, l1(0.1), new double[2]);
        assertThat(m.converged()).isFalse();
        assertThat(m.iterations()).isEqualTo(2);
        assertThatThrownBy(() -> new ProximalGradient(0, 1e-4)).hasMessageContaining("max_iter must be at least 1");
        assertThatThrownBy(() -> new ProximalGradient(10, -1)).hasMessageContaining("tol must be");
    }
}
