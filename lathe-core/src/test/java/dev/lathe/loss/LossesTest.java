package dev.lathe.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LossesTest {

    @Property(tries = 300)
    void derivativesMatchFiniteDifferencesAwayFromKinks(@ForAll @DoubleRange(min = -5, max = 5) double f,
                                                        @ForAll @DoubleRange(min = -5, max = 5) double y) {
        for (Loss loss : List.of(Losses.squared(), Losses.huber(1.3), Losses.log())) {
            double target = loss.name().equals("log_loss") ? (y > 0 ? 1 : 0) : y;
            double h = 1e-6;
            double numeric = (loss.value(target, f + h) - loss.value(target, f - h)) / (2 * h);
            assertThat(loss.derivative(target, f)).as(loss.name()).isCloseTo(numeric, within(1e-5));
        }
    }

    @Property(tries = 300)
    void hessiansAndTheDevianceDerivativesMatchFiniteDifferences(
            @ForAll @DoubleRange(min = -3, max = 3) double f, @ForAll @DoubleRange(min = 0.01, max = 5) double y) {
        for (Loss loss : List.of(Losses.squared(), Losses.log(), Losses.poisson(), Losses.gamma())) {
            double target = loss.name().equals("log_loss") ? (y > 1 ? 1 : 0) : y;
            double h = 1e-5;
            double numeric = (loss.value(target, f + h) - loss.value(target, f - h)) / (2 * h);
            double second = (loss.derivative(target, f + h) - loss.derivative(target, f - h)) / (2 * h);
            assertThat(loss.derivative(target, f)).as(loss.name()).isCloseTo(numeric, within(1e-4 * (1 + y)));
            assertThat(loss.hessian(target, f)).as(loss.name()).isCloseTo(second, within(1e-4 * (1 + y)));
        }
    }

    @Test
    void lossesWithoutCurvatureUseAUnitHessian() {
        assertThat(Losses.absolute().hessian(1, 3)).isEqualTo(1);
        assertThat(Losses.pinball(0.2).hessian(1, 3)).isEqualTo(1);
        assertThat(Losses.huber(1).hessian(0, 5)).isEqualTo(1);
    }

    @Test
    void pinballLossIsMinimisedByTheQuantile() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Loss l = Losses.pinball(0.3);
        double best = Double.NaN;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double c = 0; c <= 11; c += 0.01) {
            double[] f = new double[y.length];
            java.util.Arrays.fill(f, c);
            double v = l.mean(y, f);
            if (v < bestValue) {
                bestValue = v;
                best = c;
            }
        }
        assertThat(best).isBetween(3.0, 4.0);
        assertThatThrownBy(() -> Losses.pinball(1)).hasMessageContaining("q must be in");
    }

    @Test
    void logLossIsStableForLargeScoresAndKnownValues() {
        assertThat(Losses.log().value(1, 800)).isEqualTo(0);
        assertThat(Losses.log().value(0, 800)).isEqualTo(800);
        assertThat(Losses.log().value(1, 0)).isCloseTo(Math.log(2), within(1e-15));
        assertThat(Losses.hinge().value(0, 0.5)).isEqualTo(1.5);
        assertThat(Losses.huber(1).value(0, 3)).isEqualTo(2.5);
    }

    @Test
    void penaltyFollowsScikitLearnsElasticNetForm() {
        double[] w = {1, -2};
        assertThat(new Penalty(0.5, 0.25).value(w)).isCloseTo(0.5 * (0.25 * 3 + 0.75 * 5 / 2), within(1e-15));
        double[] copy = w.clone();
        Penalty.l1(1).proximalL1(copy, 1.5);
        assertThat(copy).containsExactly(0, -0.5);
        assertThatThrownBy(() -> new Penalty(-1, 0)).hasMessageContaining("alpha");
    }
}
