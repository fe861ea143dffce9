package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrawsTest {

    @Test
    void allocationGivesLeftoverRowsToTheLargestRemainders() {
        assertThat(Draws.allocate(10, new double[] {0.5, 0.3, 0.2})).containsExactly(5, 3, 2);
        assertThat(Draws.allocate(10, Draws.equal(3))).containsExactly(4, 3, 3);
        assertThat(Draws.allocate(7, new double[] {0.45, 0.45, 0.1})).containsExactly(3, 3, 1);
        assertThat(Draws.allocate(1, new double[] {0.9, 0.1})).containsExactly(1, 0);
    }

    @Test
    void shuffledLabelsKeepTheCounts() {
        int[] labels = Draws.shuffledLabels(new int[] {3, 0, 2}, new Random(1));
        assertThat(labels).hasSize(5).containsOnly(0, 2);
        assertThat(Arrays.stream(labels).filter(l -> l == 0).count()).isEqualTo(3);
    }

    @Test
    void streamsDependOnlyOnTheSeed() {
        assertThat(Draws.streams(5, 2)[1].nextLong()).isEqualTo(Draws.streams(5, 3)[1].nextLong())
                .isNotEqualTo(Draws.streams(6, 2)[1].nextLong());
    }
}
