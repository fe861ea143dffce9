package dev.lathe.prep.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import org.junit.jupiter.api.Test;

class MissingIndicatorTest {

    private final Frame train = Frame.of(NumericColumn.of("x", 1, Double.NaN, 3),
            CategoricalColumn.of("g", "u", "v", null), BooleanColumn.of("b", true, false, true));

    @Test
    void flagsMissingValuesOfColumnsThatHadSomeInTraining() {
        MissingIndicator.Fitted f = new MissingIndicator().fit(train, null);
        assertThat(f.indicators()).containsExactly("x", "g");
        Frame later = Frame.of(NumericColumn.of("x", Double.NaN, 2), CategoricalColumn.of("g", "v", null),
                BooleanColumn.of("b", null, true));
        Frame out = f.transform(later);
        assertThat(out.names()).containsExactly("x", "g", "b", "x_missing", "g_missing");
        assertThat(out.numeric("x_missing").toArray()).containsExactly(1, 0);
        assertThat(out.numeric("g_missing").toArray()).containsExactly(0, 1);
        assertThat(out.numeric("x").isMissing(0)).isTrue();
    }

    @Test
    void watchesOnlySelectedColumns() {
        MissingIndicator.Fitted f = new MissingIndicator(ColumnSelector.names("g", "b")).fit(train, null);
        assertThat(f.indicators()).containsExactly("g");
    }

    @Test
    void badInputIsAClearError() {
        MissingIndicator.Fitted f = new MissingIndicator().fit(train, null);
        assertThatThrownBy(() -> f.transform(train.drop("g")))
                .hasMessage("missing_indicator needs column 'g', which the data does not have; columns: [x, b]");
        assertThatThrownBy(() -> f.transform(train.withColumn(NumericColumn.of("x_missing", 0, 0, 0))))
                .hasMessage("missing_indicator adds indicator column 'x_missing', but the data already has a column "
                        + "of that name");
        assertThatThrownBy(() -> new MissingIndicator().fit(train.head(0), null))
                .hasMessage("missing_indicator cannot be fitted on data with no rows");
        assertThatThrownBy(() -> new MissingIndicator(null)).hasMessage("columns must be given");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new MissingIndicator().fit(train, null), train);
    }
}
