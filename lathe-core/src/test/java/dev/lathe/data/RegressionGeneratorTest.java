package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import org.junit.jupiter.api.Test;

class RegressionGeneratorTest {

    @Test
    void targetIsLinearInTheInformativeFeaturesOnly() {
        Frame f = Synthetic.regression(200, 3, 1, 0, 11);
        assertThat(f.names()).containsExactly("x1", "x2", "x3", "y");
        double beta = f.numeric("y").get(0) / f.numeric("x1").get(0);
        assertThat(beta).isBetween(10.0, 100.0);
        for (int i = 0; i < 200; i++) {
            assertThat(f.numeric("y").get(i)).isCloseTo(beta * f.numeric("x1").get(i), within(1e-9));
        }
    }

    @Test
    void noiseHasTheAskedStandardDeviation() {
        Moments y = Moments.of(Synthetic.regression(20_000, 2, 0, 3, 12).numeric("y").toArray());
        assertThat(y.mean()).isCloseTo(0, within(0.1));
        assertThat(y.sd()).isCloseTo(3, within(0.1));
    }

    @Test
    void heteroscedasticNoiseGrowsWithX1() {
        Frame flat = Synthetic.regression(2000, 2, 0, 2, 13);
        Frame growing = Synthetic.heteroscedasticRegression(2000, 2, 0, 2, 13);
        assertThat(growing.names()).isEqualTo(flat.names());
        assertThat(FrameContents.of(growing.drop("y"))).isEqualTo(FrameContents.of(flat.drop("y")));
        for (int i = 0; i < 2000; i++) {
            double scale = Math.abs(flat.numeric("x1").get(i));
            assertThat(growing.numeric("y").get(i)).isCloseTo(scale * flat.numeric("y").get(i), within(1e-9));
        }
    }

    @Test
    void friedmanFollowsItsFormula() {
        Frame f = Synthetic.friedman1(500, 0, 14);
        assertThat(f.names()).containsExactly("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "y");
        for (int i = 0; i < 500; i++) {
            double[] x = new double[10];
            for (int j = 0; j < 10; j++) {
                x[j] = f.numeric("x" + (j + 1)).get(i);
                assertThat(x[j]).isGreaterThanOrEqualTo(0).isLessThan(1);
            }
            double expected = 10 * Math.sin(Math.PI * x[0] * x[1]) + 20 * (x[2] - 0.5) * (x[2] - 0.5) + 10 * x[3]
                    + 5 * x[4];
            assertThat(f.numeric("y").get(i)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void friedmanNoiseHasTheAskedStandardDeviation() {
        Frame clean = Synthetic.friedman1(20_000, 0, 15);
        Frame noisy = Synthetic.friedman1(20_000, 1.5, 15);
        double[] residual = new double[20_000];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = noisy.numeric("y").get(i) - clean.numeric("y").get(i);
        }
        assertThat(Moments.of(residual).sd()).isCloseTo(1.5, within(0.05));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Synthetic.regression(10, 3, 4, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("informative must be at most features (3), got 4");
        assertThatThrownBy(() -> Synthetic.regression(10, 0, 0, 1, 1))
                .hasMessage("features must be at least 1, got 0");
        assertThatThrownBy(() -> Synthetic.heteroscedasticRegression(10, 3, 1, Double.NaN, 1))
                .hasMessage("noiseSd must be a finite number >= 0, got NaN");
        assertThatThrownBy(() -> Synthetic.friedman1(10, -1, 1))
                .hasMessage("noise must be a finite number >= 0, got -1.0");
    }
}
