package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import org.junit.jupiter.api.Test;

class BlobsGeneratorTest {

    @Test
    void clustersShareTheRowsEvenly() {
        Frame f = Synthetic.blobs(10, 3, 3, 1, 21);
        assertThat(f.names()).containsExactly("x1", "x2", "x3", "cluster");
        int[] n = new int[3];
        for (int i = 0; i < 10; i++) {
            n[(int) f.numeric("cluster").get(i)]++;
        }
        assertThat(n).containsExactly(4, 3, 3);
    }

    @Test
    void rowsSpreadAroundTheirCentreWithTheAskedDeviation() {
        Frame f = Synthetic.blobs(9000, 2, 3, 0.5, 22);
        for (int k = 0; k < 3; k++) {
            int cluster = k;
            Moments x1 = Moments.of(f.filter("cluster", c -> c == cluster).numeric("x1").toArray());
            assertThat(x1.count()).isEqualTo(3000);
            assertThat(x1.sd()).isCloseTo(0.5, within(0.03));
            assertThat(x1.mean()).isBetween(-10.1, 10.1);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Synthetic.blobs(10, 2, 3, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusterSd must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> Synthetic.blobs(10, 2, 0, 1, 1))
                .hasMessage("centers must be at least 1, got 0");
    }
}
