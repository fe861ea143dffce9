package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    /**
     * NIST StRD linear least squares: every coefficient, standard error, the residual SD and R^2 with at
     * least 9 correct significant digits (LRE >= 9) with the default solver.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley", "Wampler1", "Wampler2",
            "Wampler3", "Wampler4", "Wampler5"})
    void reachesNineDigitsOnEveryNistSet(String name) {
        NistLlsData d = NistLlsData.load(name);
        LeastSquares ls = LeastSquares.of(d.design(), d.designLow());
        double[] b = ls.solve(d.y());
        int n = d.y().length;
        int p = b.length;
        double rss = 0;
        double tss = 0;
        double mean = 0;
        for (double v : d.y()) {
            mean += v / n;
        }
        double[] negB = new double[p];
        for (int j = 0; j < p; j++) {
            negB[j] = -b[j];
        }
        for (int i = 0; i < n; i++) {
            double r = CompensatedDot.rowDot(d.y()[i], 0, d.design(), d.designLow(), i, negB);
            rss += r * r;
            double c = d.intercept() ? d.y()[i] - mean : d.y()[i];
            tss += c * c;
        }
        double sigma2 = rss / (n - p);
        double[][] inv = ls.inverseGram();
        for (int j = 0; j < p; j++) {
            assertThat(NistLlsData.lre(b[j], d.coefficients()[j])).as("%s B%d", name, j).isGreaterThanOrEqualTo(9);
            double se = Math.sqrt(sigma2 * inv[j][j]);
            assertThat(NistLlsData.lre(se, d.standardErrors()[j])).as("%s SE B%d", name, j)
                    .isGreaterThanOrEqualTo(9);
        }
        assertThat(NistLlsData.lre(Math.sqrt(sigma2), d.residualSd())).as("%s residual SD", name)
                .isGreaterThanOrEqualTo(9);
        assertThat(NistLlsData.lre(1 - rss / tss, d.rSquared())).as("%s R^2", name).isGreaterThanOrEqualTo(9);
    }

    /** More than two blocks of rows go through the parallel block-wise factorisation. */
    @Test
    void tallDesignsFactoriseBlockwiseToTheSameAccuracy() {
        int n = 200_000;
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[][] x = new double[4][n];
        double[] truth = {3, -0.25, 1e-3, 4096};
        double[] y = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = 1;
            x[1][i] = random.nextInt(1000);
            x[2][i] = random.nextInt(1_000_000);
            x[3][i] = random.nextInt(8) / 8.0;
            noise[i] = random.nextInt(3) - 1;
            y[i] = truth[0] + truth[1] * x[1][i] + truth[2] * x[2][i] + truth[3] * x[3][i];
        }
        double[] b = LeastSquares.of(x).solve(y);
        for (int j = 0; j < 4; j++) {
            assertThat(NistLlsData.lre(b[j], truth[j])).as("coefficient %d", j).isGreaterThanOrEqualTo(13);
        }
        double[][] dependent = {x[0], x[1], x[2], x[1]};
        assertThatThrownBy(() -> LeastSquares.of(dependent)).isInstanceOf(RankDeficientException.class)
                .satisfies(e -> assertThat(((RankDeficientException) e).dependentColumns()).hasSize(1));
        LeastSquares.Solution s = LeastSquares.of(x).fit(noise);
        double[] inv = LeastSquares.of(x).inverseGram()[1];
        assertThat(s.residuals()).hasSize(n);
        assertThat(inv[1]).isPositive();
    }

    @Test
    void dependentColumnsAreNamedNotDropped() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 1, 0, 1, 2};
        double[] sum = {3, 3, 3, 5, 7};
        assertThatThrownBy(() -> LeastSquares.of(new double[][] {a, b, sum}))
                .isInstanceOf(RankDeficientException.class)
                .satisfies(e -> assertThat(((RankDeficientException) e).dependentColumns()).hasSize(1));
        assertThatThrownBy(() -> LeastSquares.of(new double[][] {a, b, sum, a, b, sum}))
                .hasMessageContaining("rows for 6 parameters");
    }
}
