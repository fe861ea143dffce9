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
        byte[][] bins = randomBins(features, n, random);
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

    @Test
    void exactWordsOfAShuffledRangeInBlocksEqualTheDirectSumsAndLeaveNothingForTheNextNode() {
        int n = 30_000;
        int features = 6;
        SplittableRandom random = new SplittableRandom(11);
        byte[][] bins = randomBins(features, n, random);
        double[] g = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = random.nextDouble() - 0.5;
            h[i] = random.nextDouble();
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
        FixedPointGradients fixed = new FixedPointGradients(n, 1, false);
        fixed.quantize(rows, n, g, h);
        boolean[] used = new boolean[features];
        Arrays.fill(used, true);
        used[5] = false;
        Histograms histograms = new Histograms(bins, fixed.words());
        int start = 1_234;
        int end = 21_234; // three blocks, the last one partial

        long[] first = histograms.allocate();
        histograms.build(rows, start, end, fixed, used, first);
        long[] again = histograms.allocate();
        Arrays.fill(again, 7L); // stale values to be overwritten, the unused feature's included
        histograms.build(rows, start, end, fixed, used, again);
        long[] expected = histograms.allocate();
        for (int f = 0; f < 5; f++) {
            for (int i = start; i < end; i++) {
                int k = f * histograms.stride() + 2 * (bins[f][rows[i]] & 0xFF);
                expected[k] += fixed.firstWords()[rows[i]];
                expected[k + 1] += fixed.secondWords()[rows[i]];
            }
        }

        assertThat(fixed.words()).isEqualTo(2);
        assertThat(first).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
    }

    /** {@code features} columns of {@code n} bins drawn uniformly from all {@link BinMapper#BINS}. */
    private static byte[][] randomBins(int features, int n, SplittableRandom random) {
        byte[][] bins = new byte[features][n];
        for (byte[] column : bins) {
            for (int i = 0; i < n; i++) {
                column[i] = (byte) random.nextInt(BinMapper.BINS);
            }
        }
        return bins;
    }
}
