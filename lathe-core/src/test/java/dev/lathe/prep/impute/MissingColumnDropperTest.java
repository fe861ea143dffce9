package dev.lathe.prep.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingColumnDropperTest {

    private static final double NA = Double.NaN;
    /** Missing shares: x 0, half 2/4, most 3/4, g 1/4, s 4/4, b 3/4. */
    private final Frame train = Frame.of(NumericColumn.of("x", 1, 2, 3, 4), NumericColumn.of("half", 1, NA, 3, NA),
            NumericColumn.of("most", NA, NA, NA, 4), CategoricalColumn.of("g", "u", null, "v", "u"),
            TextColumn.of("s", null, null, null, null), BooleanColumn.of("b", null, null, true, null));

    @Test
    void dropsColumnsWhoseTrainingMissingShareExceedsTheThreshold() {
        assertThat(new MissingColumnDropper().fit(train, null).dropped()).containsExactly("most", "s", "b");
        assertThat(new MissingColumnDropper(0.25).fit(train, null).dropped()).containsExactly("half", "most", "s", "b");
        assertThat(new MissingColumnDropper(0).fit(train, null).dropped()).containsExactly("half", "most", "g", "s", "b");
        assertThat(new MissingColumnDropper(1).fit(train, null).dropped()).isEmpty();
        assertThat(new MissingColumnDropper(ColumnSelector.names("x", "most"), 0.5).fit(train, null).dropped())
                .containsExactly("most");
    }

    @Test
    void dropsTheSameColumnsFromNewDataWhateverTheirValues() {
        Frame later = Frame.of(NumericColumn.of("x", NA), NumericColumn.of("half", NA), NumericColumn.of("most", 5),
                CategoricalColumn.of("g", "u"), TextColumn.of("s", "text"), BooleanColumn.of("b", false));
        Frame out = new MissingColumnDropper().fit(train, null).transform(later);
        assertThat(out.names()).containsExactly("x", "half", "g");
        assertThat(out.numeric("x").isMissing(0)).isTrue();
    }

    @Test
    void badInputIsAClearError() {
        MissingColumnDropper.Fitted f = new MissingColumnDropper().fit(train, null);
        assertThatThrownBy(() -> f.transform(train.drop("s")))
                .hasMessage("missing_column_dropper needs column 's', which the data does not have; "
                        + "columns: [x, half, most, g, b]");
        assertThatThrownBy(() -> new MissingColumnDropper().fit(train.head(0), null))
                .hasMessage("missing_column_dropper cannot be fitted on data with no rows");
        assertThatThrownBy(() -> new MissingColumnDropper(1.5)).hasMessage("threshold must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> new MissingColumnDropper().withParams(Map.of("threshold", Double.NaN)))
                .hasMessage("threshold must be in [0.0, 1.0], got NaN");
        assertThatThrownBy(() -> new MissingColumnDropper(null, 0.5)).hasMessage("columns must be given");
        assertThat(new MissingColumnDropper().params().keySet()).containsExactly("columns", "threshold");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new MissingColumnDropper().fit(train, null), train);
    }
}
