package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedPointGradientsTest {

    @Test
    void summedFixedPointMatchesDoubleSumsAndCountsRowsExactly() {
        int n = 100_000;
        SplittableRandom random = new SplittableRandom(3);
        double[] g = new double[n];
        double[] h = new double[n];
        int[] rows = new int[n / 2];
        for (int i = 0; i < n; i++) {
            double p = random.nextDouble();
            g[i] = p - (random.nextBoolean() ? 1 : 0);
            h[i] = p * (1 - p);
        }
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 2 * i + 1;
        }
        FixedPointGradients fixed = new FixedPointGradients(n);
        fixed.quantize(rows, rows.length, g, h);
        long gs = 0;
        long hs = 0;
        double gd = 0;
        double hd = 0;
        for (int i = 0; i < rows.length; i += 3) {
            gs += fixed.gradients()[rows[i]];
            hs += fixed.hessiansAndCounts()[rows[i]];
            gd += g[rows[i]];
            hd += h[rows[i]];
        }
        assertThat(fixed.count(hs)).isEqualTo((rows.length + 2) / 3);
        assertThat(fixed.gradient(gs)).isCloseTo(gd, within(1e-9));
        assertThat(fixed.hessian(hs)).isCloseTo(hd, within(1e-6 * hd));
    }

    @Test
    void zeroGradientsStayZero() {
        FixedPointGradients fixed = new FixedPointGradients(4);
        fixed.quantize(new int[] {0, 1, 2, 3}, 4, new double[4], new double[4]);
        long hs = 0;
        for (long v : fixed.hessiansAndCounts()) {
            hs += v;
        }
        assertThat(fixed.gradient(fixed.gradients()[2])).isZero();
        assertThat(fixed.hessian(hs)).isZero();
        assertThat(fixed.count(hs)).isEqualTo(4);
    }
}
