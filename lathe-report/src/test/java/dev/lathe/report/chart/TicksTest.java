package dev.lathe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void roundStepsCoveringTheRange() {
        assertThat(Ticks.covering(0.3, 9.7, 6)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(Ticks.covering(-13, 21, 6)).containsExactly(-20, -10, 0, 10, 20, 30);
        assertThat(Ticks.covering(5, 5, 5)).startsWith(4).endsWith(6);
    }
}
