package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedPointGradientsTest {

    /** Log-loss-like gradients in [-1, 1] and Hessians p (1 - p) for {@code n} rows. */
    private static double[][] derivatives(int n) {
        SplittableRandom random = new SplittableRandom(3);
        double[] g = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double p = random.nextDouble();
            g[i] = p - (random.nextBoolean() ? 1 : 0);
            h[i] = p * (1 - p);
        }
        return new double[][] {g, h};
    }

    /** The odd rows of {@code n}. */
    private static int[] oddRows(int n) {
        int[] rows = new int[n / 2];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 2 * i + 1;
        }
        return rows;
    }

    /** Sums every third of {@code rows} in fixed point and in double; returns {gradient, Hessian, count} pairs. */
    private static double[] sums(FixedPointGradients fixed, int[] rows, double[] g, double[] h) {
        long a = 0;
        long b = 0;
        double gd = 0;
        double hd = 0;
        for (int i = 0; i < rows.length; i += 3) {
            a += fixed.firstWords()[rows[i]];
            b += fixed.words() == 2 ? fixed.secondWords()[rows[i]] : 0;
            gd += g[rows[i]];
            hd += h[rows[i]];
        }
        return new double[] {fixed.gradient(a, b), gd, fixed.hessian(a, b), hd, fixed.count(a, b)};
    }

    @Test
    void packedSumsCountRowsExactlyAndStayCloseToDoubleSums() {
        int n = 100_000;
        double[][] d = derivatives(n);
        int[] rows = oddRows(n);
        FixedPointGradients fixed = new FixedPointGradients(n, 7, true);
        assertThat(fixed.words()).isEqualTo(1);
        fixed.quantize(rows, rows.length, d[0], d[1]);
        double[] s = sums(fixed, rows, d[0], d[1]);
        assertThat(s[4]).isEqualTo((rows.length + 2) / 3);
        // stochastic rounding, unbiased: each row off by under one level (1/333 of a gradient unit, 1/1000 of
        // a Hessian unit here), so over 16,667 rows a standard deviation of about 0.15 and 0.05
        assertThat(s[0]).isCloseTo(s[1], within(1.0));
        assertThat(s[2]).isCloseTo(s[3], within(0.3));
        assertThat(fixed.totalFirst()).isNotZero();
    }

    @Test
    void packedNegativeGradientSumsDecodeWithTheirSign() {
        int n = 1000;
        double[] g = new double[n];
        double[] h = new double[n];
        java.util.Arrays.fill(g, -0.5);
        java.util.Arrays.fill(h, 0.25);
        int[] rows = new int[n];
        java.util.Arrays.setAll(rows, i -> i);
        FixedPointGradients fixed = new FixedPointGradients(n, 1, true);
        fixed.quantize(rows, n, g, h);
        long a = fixed.totalFirst();
        assertThat(fixed.gradient(a, 0)).isCloseTo(-500, within(1e-3));
        assertThat(fixed.hessian(a, 0)).isCloseTo(250, within(1e-3));
        assertThat(fixed.count(a, 0)).isEqualTo(n);
        long child = 0;
        for (int i = 0; i < 300; i++) {
            child += fixed.firstWords()[i];
        }
        long sibling = a - child;
        assertThat(fixed.gradient(sibling, 0)).isCloseTo(-350, within(1e-3));
        assertThat(fixed.count(sibling, 0)).isEqualTo(700);
    }

    @Test
    void roundingIsSeededAndVariesFromTreeToTree() {
        int n = 10_000;
        double[][] d = derivatives(n);
        int[] rows = oddRows(n);
        FixedPointGradients one = new FixedPointGradients(n, 5, true);
        FixedPointGradients two = new FixedPointGradients(n, 5, true);
        one.quantize(rows, rows.length, d[0], d[1]);
        two.quantize(rows, rows.length, d[0], d[1]);
        assertThat(one.firstWords()).isEqualTo(two.firstWords());
        long[] first = one.firstWords().clone();
        one.quantize(rows, rows.length, d[0], d[1]);
        assertThat(one.firstWords()).isNotEqualTo(first);
    }

    @Test
    void manyRowsUseTwoExactWords() {
        int n = 600_000;
        double[][] d = derivatives(n);
        int[] rows = oddRows(n);
        FixedPointGradients fixed = new FixedPointGradients(n, 0, true);
        assertThat(fixed.words()).isEqualTo(2);
        fixed.quantize(rows, rows.length, d[0], d[1]);
        double[] s = sums(fixed, rows, d[0], d[1]);
        assertThat(s[4]).isEqualTo((rows.length + 2) / 3);
        assertThat(s[0]).isCloseTo(s[1], within(1e-9));
        assertThat(s[2]).isCloseTo(s[3], within(1e-6 * s[3]));
    }

    @Test
    void zeroGradientsStayZero() {
        FixedPointGradients fixed = new FixedPointGradients(4, 0, true);
        fixed.quantize(new int[] {0, 1, 2, 3}, 4, new double[4], new double[4]);
        long a = fixed.totalFirst();
        long b = fixed.totalSecond();
        assertThat(fixed.gradient(fixed.firstWords()[2], 0)).isZero();
        assertThat(fixed.hessian(a, b)).isZero();
        assertThat(fixed.count(a, b)).isEqualTo(4);
    }
}
