package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.loss.Losses;
import dev.lathe.math.RankDeficientException;
import dev.lathe.pipeline.RoundTrip;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of quantile regression beyond the reference values: exactness, ordering, ties, persistence. */
class QuantileRegressionTest {

    /** y = 1 + 2x + (0.5 + x) e, e standard normal: the q line is 1 + 0.5 z_q + (2 + z_q) x. */
    private static Frame heteroscedastic(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * r.nextDouble();
            y[i] = 1 + 2 * x[i] + (0.5 + x[i]) * r.nextGaussian();
        }
        return Frame.of(NumericColumn.wrap("x", x), NumericColumn.wrap("y", y));
    }

    @Test
    void linesAtTenFiftyAndNinetyPercentAreOrderedAndSplitTheRowsAsAsked() {
        Frame data = heteroscedastic(2000, 7);
        Frame x = data.select("x");
        double[] y = data.numeric("y").toArray();
        double[] qs = {0.1, 0.5, 0.9};
        double[] zq = {-1.2815515655446004, 0, 1.2815515655446004};
        QuantileRegression.Fitted[] fits = new QuantileRegression.Fitted[3];
        for (int k = 0; k < 3; k++) {
            fits[k] = new QuantileRegression(qs[k]).fit(x, data.column("y"));
            double[] f = fits[k].predict(x);
            int below = 0;
            for (int i = 0; i < y.length; i++) {
                below += y[i] < f[i] ? 1 : 0;
            }
            // an exact optimum has at most n q rows below and at most n (1 - q) above; p = 2 lie on the line
            assertThat((double) below / y.length).isBetween(qs[k] - 2.0 / y.length, qs[k]);
            assertThat(fits[k].slopes()[0]).isCloseTo(2 + zq[k], within(0.3));
            assertThat(fits[k].intercept()).isCloseTo(1 + 0.5 * zq[k], within(0.3));
        }
        double[] grid = new double[41];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i * 0.1;
        }
        Frame g = Frame.of(NumericColumn.wrap("x", grid));
        double[] low = fits[0].predict(g);
        double[] mid = fits[1].predict(g);
        double[] high = fits[2].predict(g);
        for (int i = 0; i < grid.length; i++) {
            assertThat(low[i]).isLessThan(mid[i]);
            assertThat(mid[i]).isLessThan(high[i]);
        }
    }

    /** The LP optimum lies at a vertex: the best fit through any p rows, found here by trying them all. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void matchesTheBestElementalFitOnSmallProblems(boolean integerData) {
        Random r = new Random(integerData ? 11 : 12);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            int n = 6 + r.nextInt(7);
            double q = 0.05 + 0.9 * r.nextDouble();
            double[] a = new double[n];
            double[] b = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = integerData ? r.nextInt(4) : r.nextGaussian();
                b[i] = integerData ? r.nextInt(3) : r.nextGaussian();
                y[i] = integerData ? r.nextInt(5) : a[i] - b[i] + r.nextGaussian();
            }
            Frame x = Frame.of(NumericColumn.wrap("a", a), NumericColumn.wrap("b", b));
            QuantileRegression.Fitted m;
            try {
                m = new QuantileRegression(q).fit(x, NumericColumn.wrap("y", y));
            } catch (RankDeficientException e) {
                continue;
            }
            double[][] design = {ones(n), a, b};
            assertThat(Losses.pinball(q).mean(y, m.predict(x)))
                    .as("trial %d", trial).isCloseTo(bestElementalLoss(design, y, q), within(1e-12));
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }

    private static double bestElementalLoss(double[][] design, double[] y, double q) {
        int n = y.length;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    int[] rows = {i, j, k};
                    DMatrixRMaj a = new DMatrixRMaj(3, 3);
                    DMatrixRMaj rhs = new DMatrixRMaj(3, 1);
                    for (int r = 0; r < 3; r++) {
                        for (int c = 0; c < 3; c++) {
                            a.set(r, c, design[c][rows[r]]);
                        }
                        rhs.set(r, 0, y[rows[r]]);
                    }
                    if (Math.abs(CommonOps_DDRM.det(a)) < 1e-9) {
                        continue;
                    }
                    DMatrixRMaj coef = new DMatrixRMaj(3, 1);
                    CommonOps_DDRM.solve(a, rhs, coef);
                    double[] f = new double[n];
                    for (int r = 0; r < n; r++) {
                        f[r] = coef.get(0) + coef.get(1) * design[1][r] + coef.get(2) * design[2][r];
                    }
                    best = Math.min(best, Losses.pinball(q).mean(y, f));
                }
            }
        }
        return best;
    }

    @Test
    void manyTiesAndDuplicatedRowsStillGiveTheExactMedianLine() {
        double[] x = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 5;
            y[i] = 2 * x[i] + 1 + (i % 3 - 1);
        }
        QuantileRegression.Fitted m = new QuantileRegression().fit(Frame.of(NumericColumn.wrap("x", x)),
                NumericColumn.wrap("y", y));
        assertThat(m.intercept()).isCloseTo(1, within(1e-12));
        assertThat(m.slopes()[0]).isCloseTo(2, within(1e-12));
    }

    @Test
    void withoutInterceptTheLinePassesThroughTheOriginAndSurvivesSaving() {
        Frame data = heteroscedastic(200, 3);
        Frame x = data.select("x");
        QuantileRegression.Fitted m = new QuantileRegression(0.75, false, 10_000, 1e-9).fit(x, data.column("y"));
        assertThat(m.intercept()).isZero();
        assertThat(m.coefficients()).containsOnlyKeys("x");
        QuantileSummary s = m.summary(x, data.column("y"));
        assertThat(s.terms()).extracting(QuantileSummary.Term::name).containsExactly("x");
        assertThat(s.dfResidual()).isEqualTo(199);
        QuantileRegression.Fitted back = RoundTrip.saveAndLoad(m);
        assertThat(back.fitIntercept()).isFalse();
        assertThat(back.coefficients()).isEqualTo(m.coefficients());
        assertThat(back.predict(x)).isEqualTo(m.predict(x));
    }

    @Test
    void predictionReadsFeaturesByName() {
        Frame data = heteroscedastic(100, 5);
        QuantileRegression.Fitted m = new QuantileRegression(0.3).fit(data.select("x"), data.column("y"));
        Frame reordered = Frame.of(NumericColumn.wrap("other", new double[100]), data.column("x"));
        assertThat(m.predict(reordered)).isEqualTo(m.predict(data.select("x")));
    }

    @Test
    void hyperparametersByName() {
        QuantileRegression e = new QuantileRegression();
        assertThat(e.params()).isEqualTo(Map.of("quantile", 0.5, "fit_intercept", true, "max_iter", 10_000, "tol", 1e-9));
        assertThat(List.copyOf(e.params().keySet())).containsExactly("quantile", "fit_intercept", "max_iter", "tol");
        assertThat(e.withParams(Map.of("quantile", 0.9, "fit_intercept", "false")))
                .isEqualTo(new QuantileRegression(0.9, false, 10_000, 1e-9));
    }
}
