package dev.lathe.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntegrationAndBisectionTest {

    @Test
    void simpsonIntegratesSmoothFunctions() {
        // error bound pi (pi / 1000)^4 / 180 = 1.7e-12
        assertThat(Integration.simpson(Math::sin, 0, Math.PI, 1000)).isCloseTo(2, within(2e-12));
        assertThat(Integration.simpson(x -> x * x * x, -1, 2, 2)).isCloseTo(3.75, within(1e-14));
    }

    @Test
    void bisectionFindsTheSignChange() {
        assertThat(Bisection.root(x -> x * x - 2, 0, 2)).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(Bisection.rootAbove(x -> Math.log(x) - 10, 1, 1e9)).isCloseTo(Math.exp(10), within(1e-9));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Integration.simpson(x -> x, 0, 1, 3)).hasMessageContaining("even number of panels >= 2, got 3");
        assertThatThrownBy(() -> Integration.simpson(x -> x, 1, 0, 2)).hasMessageContaining("got [1.0, 0.0]");
        assertThatThrownBy(() -> Bisection.root(x -> x * x + 1, -1, 1)).hasMessageContaining("no sign change between -1.0");
        assertThatThrownBy(() -> Bisection.rootAbove(x -> -1, 1, 100)).hasMessageContaining("no root between 1.0 and 100.0");
    }
}
