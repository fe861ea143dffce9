package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Moments;
import org.junit.jupiter.api.Test;

class ClassificationGeneratorTest {

    @Test
    void columnsAreInformativeThenRedundantThenNoiseThenTarget() {
        Frame f = Synthetic.classification(500, 3, 2, 1, 3, null, 0, 1);
        assertThat(f.rowCount()).isEqualTo(500);
        assertThat(f.names()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6", "y");
        assertThat(counts(f.numeric("y"), 3)).containsExactly(167, 167, 166);
    }

    @Test
    void classWeightsSetTheClassSizes() {
        Frame f = Synthetic.classification(1000, 3, 0, 0, 3, new double[] {7, 2, 1}, 0, 5);
        assertThat(counts(f.numeric("y"), 3)).containsExactly(700, 200, 100);
        Frame noisy = Synthetic.classification(1000, 3, 0, 0, 3, new double[] {0.7, 0.2, 0.1}, 0.05, 5);
        int[] n = counts(noisy.numeric("y"), 3);
        assertThat(n[0]).isBetween(650, 700);
        assertThat(n[2]).isBetween(100, 150);
    }

    @Test
    void labelNoiseFlipsThatFractionAndNothingElse() {
        Frame clean = Synthetic.classification(1000, 2, 1, 1, 3, null, 0, 9);
        Frame noisy = Synthetic.classification(1000, 2, 1, 1, 3, null, 0.2, 9);
        assertThat(FrameContents.of(noisy.drop("y"))).isEqualTo(FrameContents.of(clean.drop("y")));
        int changed = 0;
        for (int i = 0; i < 1000; i++) {
            if (clean.numeric("y").get(i) != noisy.numeric("y").get(i)) {
                changed++;
            }
        }
        assertThat(changed).isEqualTo(200);
    }

    @Test
    void informativeFeatureCentresEachClassOnACorner() {
        Frame f = Synthetic.classification(4000, 1, 1, 0, 2, null, 0, 3);
        double[] x1 = f.numeric("x1").toArray();
        double[] x2 = f.numeric("x2").toArray();
        double[] y = f.numeric("y").toArray();
        double[] sum = new double[2];
        for (int i = 0; i < y.length; i++) {
            sum[(int) y[i]] += x1[i];
        }
        // the two classes sit at -1 and +1, in a seed-dependent order; within-class spread is N(0, 1)
        assertThat(Math.abs(sum[0] / 2000)).isCloseTo(1, within(0.1));
        assertThat(sum[0] * sum[1]).isNegative();
        // the redundant feature is one fixed multiple of the single informative one
        double ratio = x2[0] / x1[0];
        assertThat(ratio).isBetween(-1.0, 1.0);
        for (int i = 0; i < y.length; i++) {
            assertThat(x2[i]).isCloseTo(ratio * x1[i], within(1e-12));
        }
    }

    @Test
    void noiseFeaturesAreStandardNormal() {
        Moments m = Moments.of(Synthetic.classification(20_000, 2, 0, 1, 2, null, 0, 4).numeric("x3").toArray());
        assertThat(m.mean()).isCloseTo(0, within(0.05));
        assertThat(m.sd()).isCloseTo(1, within(0.05));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 5, null, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("classes must be at most 2^informative = 4 (one hypercube corner per class), "
                        + "got 5 classes for 2 informative features");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 2, new double[] {1, 2, 3}, 0, 1))
                .hasMessage("weights must have one entry per class (2), got 3");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 2, new double[] {1, -2}, 0, 1))
                .hasMessage("weights[1] must be a finite number >= 0, got -2.0");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 2, new double[] {0, 0}, 0, 1))
                .hasMessage("weights must not all be 0");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 2, null, 1.5, 1))
                .hasMessage("labelNoise must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Synthetic.classification(100, 0, 0, 0, 2, null, 0, 1))
                .hasMessage("informative must be at least 1, got 0");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, -1, 0, 2, null, 0, 1))
                .hasMessage("redundant must be at least 0, got -1");
        assertThatThrownBy(() -> Synthetic.classification(100, 2, 0, 0, 1, null, 0, 1))
                .hasMessage("classes must be at least 2, got 1");
    }

    private static int[] counts(NumericColumn y, int classes) {
        int[] n = new int[classes];
        for (int i = 0; i < y.size(); i++) {
            n[(int) y.get(i)]++;
        }
        return n;
    }
}
