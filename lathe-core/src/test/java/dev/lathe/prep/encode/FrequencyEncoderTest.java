package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequencyEncoderTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/frequency.json");
    private final Frame train = Frame.of(CategoricalColumn.of("color", JsonFixtures.strings(FIXTURE.get("train"))),
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    private final Frame test = Frame.of(TextColumn.of("color", JsonFixtures.strings(FIXTURE.get("test"))));

    @Test
    void sharesAndCountsAgreeWithPandasValueCounts() {
        for (String option : List.of("share", "count")) {
            FrequencyEncoder encoder = (FrequencyEncoder) new FrequencyEncoder()
                    .withParams(Map.of("normalize", option.equals("share")));
            FrequencyEncoder.Fitted f = encoder.fit(train, null);
            assertClose(f.transform(train).numeric("color").toArray(), FIXTURE.get(option).get("train"));
            assertClose(f.transform(test).numeric("color").toArray(), FIXTURE.get(option).get("test"));
        }
    }

    private static void assertClose(double[] actual, JsonNode expected) {
        double[] e = JsonFixtures.doubles(expected);
        assertThat(actual).hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as("row %d", i).isCloseTo(e[i], within(1e-15));
        }
    }

    @Test
    void unseenLabelsGiveZeroOtherColumnsPassThroughAndLevelsMatchByLabel() {
        FrequencyEncoder.Fitted f = new FrequencyEncoder().fit(train, null);
        Frame out = f.transform(train);
        assertThat(out.names()).containsExactly("color", "x");
        assertThat(out.column("x")).isSameAs(train.column("x"));
        Frame reordered = Frame.of(CategoricalColumn.wrap("color", new int[] {0, 1}, List.of("purple", "green")));
        assertThat(f.transform(reordered).numeric("color").toArray()).containsExactly(0, 0.4);
    }

    @Test
    void badInputsAreClearErrors() {
        FrequencyEncoder.Fitted f = new FrequencyEncoder().fit(train, null);
        assertThatThrownBy(() -> f.transform(Frame.of(NumericColumn.of("x", 1))))
                .hasMessage("frequency_encoder needs column 'color', which the data does not have; columns: [x]");
        assertThatThrownBy(() -> new FrequencyEncoder(ColumnSelector.names("x"), true).fit(train, null))
                .hasMessage("frequency_encoder needs column 'x' to be categorical or text, it is numeric");
        assertThatThrownBy(() -> new FrequencyEncoder().fit(train.head(0), null))
                .hasMessage("frequency_encoder cannot fit on empty data (0 rows)");
        assertThatThrownBy(() -> new FrequencyEncoder(null, true)).hasMessage("columns must be given");
        assertThatThrownBy(() -> new FrequencyEncoder().withParams(Map.of("normalize", "yes")))
                .hasMessage("hyperparameter 'normalize' expects true or false, got 'yes'");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new FrequencyEncoder().fit(train, null), test);
        FrequencyEncoder counts = new FrequencyEncoder(ColumnSelector.names("color"), false);
        RoundTrip.assertSameTransform(counts.fit(train, null), test);
    }
}
