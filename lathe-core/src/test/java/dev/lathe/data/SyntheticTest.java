package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry of generator kinds and the determinism every kind promises. */
class SyntheticTest {

    static List<String> kinds() {
        return Synthetic.kinds();
    }

    @Test
    void listsTheKindsInOrder() {
        assertThat(Synthetic.kinds())
                .containsExactly("classification", "regression", "friedman", "blobs", "timeseries", "abtest",
                        "interactions");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void sameSeedGivesTheSameFrameAndAnotherSeedAnother(String kind) {
        Frame a = Synthetic.generate(kind, 300, 42);
        Frame b = Synthetic.generate(kind, 300, 42);
        Frame c = Synthetic.generate(kind, 300, 43);
        assertThat(a.rowCount()).isEqualTo(300);
        assertThat(FrameContents.of(b)).isEqualTo(FrameContents.of(a));
        assertThat(FrameContents.of(c)).isNotEqualTo(FrameContents.of(a));
        assertThat(c.names()).isEqualTo(a.names());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneRowIsEnough(String kind) {
        assertThat(Synthetic.generate(kind, 1, 0).rowCount()).isEqualTo(1);
    }

    @Test
    void unknownKindListsTheKinds() {
        assertThatThrownBy(() -> Synthetic.generate("moons", 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown synthetic data kind 'moons'; kinds: classification, regression, friedman, "
                        + "blobs, timeseries, abtest, interactions");
    }

    @Test
    void rowsBelowOneAreRefused() {
        assertThatThrownBy(() -> Synthetic.generate("blobs", 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must be at least 1, got 0");
        assertThatThrownBy(() -> Synthetic.timeSeries(-5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows must be at least 1, got -5");
    }
}
