package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HistogramsTest {

    @Test
    void rootBuiltFromRowsInOrderEqualsTheGatheredBuildAndTheDirectSums() {
        int n = 20_000;
        int features = 9; // two full groups of four and one feature alone
        SplittableRandom random = new SplittableRandom(5);
        byte[][] bins = new byte[features][n];
        for (byte[] column : bins) {
            for (int i = 0; i < n; i++) {
                column[i] = (byte) random.nextInt(BinMapper.BINS);
            }
        }
        double[] g = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double p = random.nextDouble();
            g[i] = p - (random.nextBoolean() ? 1 : 0);
            h[i] = p * (1 - p);
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        FixedPointGradients fixed = new FixedPointGradients(n, 1, true);
        fixed.quantize(rows, n, g, h);
        boolean[] used = new boolean[features];
        Arrays.fill(used, true);
        used[2] = false; // the first group is then built feature by feature
        Histograms histograms = new Histograms(bins, fixed.words());

        long[] direct = histograms.allocate();
        histograms.build(rows, 0, n, fixed, used, direct, true);
        long[] gathered = histograms.allocate();
        histograms.build(rows, 0, n, fixed, used, gathered, false);
        long[] expected = histograms.allocate();
        for (int f = 0; f < features; f++) {
            for (int i = 0; f != 2 && i < n; i++) {
                expected[f * histograms.stride() + (bins[f][i] & 0xFF)] += fixed.firstWords()[i];
            }
        }

        assertThat(fixed.words()).isEqualTo(1);
        assertThat(direct).isEqualTo(expected);
        assertThat(gathered).isEqualTo(expected);
        assertThat(Arrays.stream(direct).anyMatch(v -> v != 0)).isTrue();
    }
}
