package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixSortTest {

    private static void assertSortsLikeArraysSort(double[] values) {
        double[] expected = values.clone();
        Arrays.sort(expected);
        double[] actual = values.clone();
        RadixSort.sort(actual);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).as("index " + i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    @Test
    void ordersEveryKindOfValueAsArraysSortDoes() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 7) {
                case 0 -> random.nextGaussian() * 1e6;
                case 1 -> -random.nextDouble();
                case 2 -> Math.floor(random.nextDouble() * 10); // many ties
                case 3 -> i % 2 == 0 ? 0.0 : -0.0;
                case 4 -> i % 3 == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                case 5 -> Double.MIN_VALUE * (random.nextBoolean() ? 1 : -1);
                default -> random.nextDouble() * Double.MAX_VALUE * (random.nextBoolean() ? 1 : -1);
            };
        }
        assertSortsLikeArraysSort(values);
    }

    @Test
    void sortsArraysWhoseHighDigitsAreAllEqualAndShortArrays() {
        double[] close = new double[10_000];
        for (int i = 0; i < close.length; i++) {
            close[i] = 1000.0 + (close.length - i) * 1e-9;
        }
        assertSortsLikeArraysSort(close);
        assertSortsLikeArraysSort(new double[] {3, -1, 2});
        assertSortsLikeArraysSort(new double[0]);
        double[] same = new double[5000];
        Arrays.fill(same, 2.5);
        assertSortsLikeArraysSort(same);
    }

    @Test
    void prefixesSortedWithOneReusedScratchMatchArraysSortAndLeaveTheRestAlone() {
        SplittableRandom random = new SplittableRandom(8);
        RadixSort.Scratch scratch = new RadixSort.Scratch(30_000);
        for (int length : new int[] {30_000, 5_000, 100, 12_345}) {
            double[] values = new double[30_000];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextGaussian() * (i % 3 == 0 ? 1e-3 : 1e4);
            }
            double[] expected = values.clone();
            Arrays.sort(expected, 0, length);

            RadixSort.sort(values, length, scratch);

            assertThat(values).as("length %d", length).isEqualTo(expected);
        }
    }

    @Test
    void aScratchTooSmallIsRefusedAndTheValuesAreUntouched() {
        double[] values = new double[10_000];
        Arrays.setAll(values, i -> -i);
        double[] before = values.clone();

        assertThatThrownBy(() -> RadixSort.sort(values, values.length, new RadixSort.Scratch(9_999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scratch holds 9999 values, 10000 to sort");
        assertThat(values).isEqualTo(before);
    }
}
