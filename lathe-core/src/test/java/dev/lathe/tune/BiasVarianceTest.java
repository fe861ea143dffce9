package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.linear.PolynomialRegression;
import dev.lathe.model.linear.Ridge;
import dev.lathe.model.tree.DecisionTreeClassifier;
import dev.lathe.pipeline.Pipeline;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BiasVarianceTest {

    /** x uniform on [0, 1], y = sin(2 pi x) + N(0, 0.3^2); column "f" holds the truth. */
    private static Frame sine(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[rows];
        double[] f = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = rng.nextDouble();
            f[i] = Math.sin(2 * Math.PI * x[i]);
            double u = rng.nextDouble(1e-12, 1);
            y[i] = f[i] + 0.3 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
        }
        return Frame.of(NumericColumn.wrap("x", x), NumericColumn.wrap("y", y), NumericColumn.wrap("f", f));
    }

    private static BiasVariance.Squared polynomial(int degree, Frame train, Frame test, double[] truth) {
        return new BiasVariance(100, 3).squared(Pipeline.of(new PolynomialRegression(degree)), train.select(java.util.List.of("x", "y")),
                test.select(java.util.List.of("x", "y")), "y", truth);
    }

    @Test
    void polynomialsOfRisingDegreeTradeBiasForVarianceAndThePartsAddUp() {
        Frame train = sine(40, 1);
        Frame test = sine(300, 2);
        double[] truth = ((NumericColumn) test.column("f")).toArray();
        BiasVariance.Squared line = polynomial(1, train, test, truth);
        BiasVariance.Squared cubic = polynomial(3, train, test, truth);
        BiasVariance.Squared nine = polynomial(9, train, test, truth);
        assertThat(line.biasSquared()).isGreaterThan(cubic.biasSquared());
        assertThat(cubic.variance()).isLessThan(nine.variance());
        for (BiasVariance.Squared d : new BiasVariance.Squared[] {line, cubic, nine}) {
            assertThat(d.mainLoss() + d.variance()).isCloseTo(d.expectedLoss(), within(1e-9 * d.expectedLoss()));
            // they differ by the cross term 2 mean (main - f)(f - y): 0 in expectation, within 3 standard errors here
            double crossTermSe = 2 * Math.sqrt(d.biasSquared() * d.noise() / test.rowCount());
            assertThat(d.biasSquared() + d.variance() + d.noise()).isCloseTo(d.expectedLoss(), within(3 * crossTermSe));
            assertThat(d.noise()).isCloseTo(0.09, within(0.02));
        }
        BiasVariance.Squared unknown = polynomial(3, train, test, null);
        assertThat(unknown.biasSquared()).isNaN();
        assertThat(unknown.expectedLoss()).isEqualTo(cubic.expectedLoss());
    }

    @Test
    void deeperTreesHaveLessBiasAndMoreVarianceAndTheLossIsBiasPlusNetVariance() {
        Frame data = Synthetic.classification(400, 3, 1, 2, 3, null, 0.0, 5);
        String target = data.names().get(data.names().size() - 1);
        Frame train = data.take(java.util.stream.IntStream.range(0, 200).toArray());
        Frame test = data.take(java.util.stream.IntStream.range(200, 400).toArray());
        BiasVariance bv = new BiasVariance(50, 9);
        DecisionTreeClassifier base = new DecisionTreeClassifier();
        BiasVariance.ZeroOne stump = bv.zeroOne(Pipeline.of((DecisionTreeClassifier) base.withParams(
                Map.of("max_depth", 1))), train, test, target);
        BiasVariance.ZeroOne deep = bv.zeroOne(Pipeline.of(base), train, test, target);
        assertThat(stump.bias()).isGreaterThan(deep.bias());
        assertThat(stump.variance()).isLessThan(deep.variance());
        for (BiasVariance.ZeroOne d : new BiasVariance.ZeroOne[] {stump, deep}) {
            assertThat(d.bias() + d.netVariance()).isCloseTo(d.expectedLoss(), within(1e-12));
            assertThat(d.unbiasedVariance() - d.biasedVariance()).isCloseTo(d.netVariance(), within(1e-15));
        }
        assertThat(bv.zeroOne(Pipeline.of(base), train, test, target)).isEqualTo(deep);
    }

    @Test
    void badInputIsAClearError() {
        Frame train = sine(30, 1).select(java.util.List.of("x", "y"));
        assertThatThrownBy(() -> new BiasVariance(1, 0)).hasMessage("rounds must be at least 2, got 1");
        assertThatThrownBy(() -> new BiasVariance(5, 0).squared(Pipeline.of(new Ridge()), train, train, "y", new double[3]))
                .hasMessage("the truth has 3 values for 30 test rows");
        assertThatThrownBy(() -> new BiasVariance(5, 0).zeroOne(Pipeline.of(new Ridge()), train, train, "y"))
                .hasMessageContaining("needs a classification; use squared");
    }
}
