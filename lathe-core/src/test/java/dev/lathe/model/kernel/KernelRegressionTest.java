package dev.lathe.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Nadaraya-Watson regression: weighted means, closed-form leave-one-out, the compact-kernel fallback. */
class KernelRegressionTest {

    private static Frame x(double[] a, double[] b) {
        return Frame.of(NumericColumn.wrap("a", a), NumericColumn.wrap("b", b));
    }

    @Test
    void predictsTheKernelWeightedMean() {
        Frame x = Frame.of(NumericColumn.wrap("a", new double[] {0, 1, 3}));
        NumericColumn y = NumericColumn.wrap("y", new double[] {1, 2, 6});
        KernelRegressionModel m = new KernelRegression(Kernel.EPANECHNIKOV, 2.0, 50).fit(x, y);
        // at 0.5: u = 0.25, 0.25, 1.25 -> weights 0.9375, 0.9375, 0
        assertThat(m.predict(Frame.of(NumericColumn.wrap("a", new double[] {0.5})))[0]).isCloseTo(1.5, within(1e-15));
        KernelRegressionModel g = new KernelRegression(Kernel.GAUSSIAN, 1.0, 50).fit(x, y);
        double w0 = Math.exp(-0.5);
        double w1 = 1;
        double w2 = Math.exp(-2);
        assertThat(g.predict(Frame.of(NumericColumn.wrap("a", new double[] {1})))[0])
                .isCloseTo((w0 * 1 + w1 * 2 + w2 * 6) / (w0 + w1 + w2), within(1e-15));
    }

    @Test
    void closedFormLeaveOneOutEqualsRefittingWithoutEachRow() {
        Random r = new Random(3);
        int n = 40;
        double[] a = IntStream.range(0, n).mapToDouble(i -> r.nextGaussian()).toArray();
        double[] b = IntStream.range(0, n).mapToDouble(i -> r.nextGaussian()).toArray();
        double[] y = IntStream.range(0, n).mapToDouble(i -> a[i] * a[i] + b[i] + 0.1 * r.nextGaussian()).toArray();
        Frame x = x(a, b);
        Points p = Points.of(new double[][] {a, b});
        double[][] dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                dist[i][k] = p.distance(i, p.rows(), k);
            }
        }
        for (Kernel kernel : Kernel.values()) {
            double h = 3.0; // wide enough that every row keeps a neighbour under the compact kernels
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int leave = i;
                int[] others = IntStream.range(0, n).filter(k -> k != leave).toArray();
                double prediction = new KernelRegression(kernel, h, 50).fit(x.take(others),
                        NumericColumn.wrap("y", y).take(others)).predict(x.take(new int[] {i}))[0];
                sum += (y[i] - prediction) * (y[i] - prediction);
            }
            assertThat(LeaveOneOut.error(dist, y, kernel, h)).as(kernel.name()).isCloseTo(sum / n, within(1e-10));
        }
    }

    @Test
    void theChosenBandwidthSmoothsANoisyCurveBetterThanTheExtremes() {
        Random r = new Random(9);
        int n = 120;
        double[] a = IntStream.range(0, n).mapToDouble(i -> 6.0 * i / n).toArray();
        double[] y = IntStream.range(0, n).mapToDouble(i -> Math.sin(a[i]) + 0.2 * r.nextGaussian()).toArray();
        Frame x = Frame.of(NumericColumn.wrap("a", a));
        NumericColumn target = NumericColumn.wrap("y", y);
        KernelRegressionModel chosen = new KernelRegression().fit(x, target);
        double[] truth = IntStream.range(0, n).mapToDouble(i -> Math.sin(a[i])).toArray();
        double chosenError = mse(chosen.predict(x), truth);
        assertThat(chosenError).isLessThan(mse(new KernelRegression(Kernel.GAUSSIAN, 3.0, 50).fit(x, target).predict(x), truth));
        assertThat(chosenError).isLessThan(mse(new KernelRegression(Kernel.GAUSSIAN, 0.01, 50).fit(x, target).predict(x), truth));
    }

    private static double mse(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s / a.length;
    }

    @Test
    void aQueryOutsideEveryCompactKernelTakesItsNearestRows() {
        Frame x = Frame.of(NumericColumn.wrap("a", new double[] {0, 1, 5, 5}));
        KernelRegressionModel m = new KernelRegression(Kernel.TRICUBE, 0.5, 50)
                .fit(x, NumericColumn.wrap("y", new double[] {1, 2, 3, 7}));
        assertThat(m.predict(Frame.of(NumericColumn.wrap("a", new double[] {9})))).containsExactly(5.0);
    }

    @Test
    void badSettingsAndInputsAreClearErrors() {
        assertThatThrownBy(() -> new KernelRegression(Kernel.GAUSSIAN, 0.0, 50)).hasMessageContaining("bandwidth");
        assertThatThrownBy(() -> new Loess().fit(x(new double[] {1, 2, 3}, new double[] {1, 2, 4}),
                NumericColumn.wrap("y", new double[] {1, 2, 3}))).hasMessageContaining("loess smooths one feature");
        KernelRegressionModel m = new KernelRegression(Kernel.GAUSSIAN, 1.0, 50)
                .fit(x(new double[] {1, 2, 3}, new double[] {1, 2, 4}), NumericColumn.wrap("y", new double[] {1, 2, 3}));
        assertThatThrownBy(() -> m.predict(Frame.of(NumericColumn.wrap("a", new double[] {1}))))
                .hasMessageContaining("fitted on 2 features").hasMessageContaining("lacks 'b'");
        assertThatThrownBy(() -> new KernelRegression().fit(x(new double[] {1, 1, 1}, new double[] {2, 2, 2}),
                NumericColumn.wrap("y", new double[] {1, 2, 3}))).hasMessageContaining("same features");
    }
}
