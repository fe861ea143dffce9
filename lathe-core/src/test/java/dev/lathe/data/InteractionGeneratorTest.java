package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Parallelism;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synthetic interactions: shape, popularity skew, ratings, determinism and argument checks. */
class InteractionGeneratorTest {

    @Test
    void eachUserHasDistinctItemsInTimeOrderAndRatingsFromOneToFive() {
        Frame f = Synthetic.interactions(200, 100, 10, 4, 1.0, 2.0, 3);
        assertThat(f.names()).containsExactly("user", "item", "rating", "time");
        Set<String> pairs = new HashSet<>();
        int[] perUser = new int[200];
        for (int r = 0; r < f.rowCount(); r++) {
            int u = (int) f.numeric("user").get(r);
            perUser[u]++;
            assertThat(pairs.add(u + "/" + (int) f.numeric("item").get(r))).isTrue();
            assertThat(f.numeric("rating").get(r)).isIn(1.0, 2.0, 3.0, 4.0, 5.0);
            if (r > 0 && f.numeric("user").get(r - 1) == u) {
                assertThat(f.numeric("time").get(r)).isGreaterThan(f.numeric("time").get(r - 1));
            }
        }
        assertThat(Arrays.stream(perUser).min().getAsInt()).isGreaterThanOrEqualTo(5);
        assertThat(Arrays.stream(perUser).max().getAsInt()).isLessThanOrEqualTo(15);
        assertThat(f.rowCount()).isBetween(1800, 2200);
    }

    @Test
    void popularityIsSkewedOnlyWhenAsked() {
        assertThat(topTenthShare(Synthetic.interactions(400, 200, 10, 4, 1.2, 0.0, 5))).isGreaterThan(0.4);
        assertThat(topTenthShare(Synthetic.interactions(400, 200, 10, 4, 0.0, 0.0, 5))).isLessThan(0.15);
    }

    private static double topTenthShare(Frame f) {
        int[] count = new int[200];
        for (int r = 0; r < f.rowCount(); r++) {
            count[(int) f.numeric("item").get(r)]++;
        }
        Arrays.sort(count);
        int top = 0;
        for (int j = 180; j < 200; j++) {
            top += count[j];
        }
        return (double) top / f.rowCount();
    }

    @Test
    void theSameSeedGivesTheSameDataWhateverTheThreads() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            Frame one = Synthetic.interactions(300, 80, 8, 3, 1.0, 2.0, 9);
            Parallelism.setThreads(3);
            Frame three = Synthetic.interactions(300, 80, 8, 3, 1.0, 2.0, 9);
            assertThat(FrameContents.of(three)).isEqualTo(FrameContents.of(one));
            assertThat(FrameContents.of(Synthetic.interactions(300, 80, 8, 3, 1.0, 2.0, 10)))
                    .isNotEqualTo(FrameContents.of(one));
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> Synthetic.interactions(10, 10, 8, 2, 1, 1, 0))
                .hasMessage("per_user must be at most two thirds of the items (10), got 8");
        assertThatThrownBy(() -> Synthetic.interactions(0, 10, 2, 2, 1, 1, 0)).hasMessageContaining("users");
        assertThatThrownBy(() -> Synthetic.interactions(5, 10, 2, 2, -1, 1, 0)).hasMessageContaining("skew");
    }
}
