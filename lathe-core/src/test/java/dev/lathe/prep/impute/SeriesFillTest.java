package dev.lathe.prep.impute;

import static dev.lathe.prep.Fixtures.assertValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Fixtures;
import dev.lathe.prep.impute.SeriesFill.Direction;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesFillTest {

    private static final double NA = Double.NaN;
    private final Frame series = SeriesData.frame();

    /** fixtures/impute/series.json: pandas ffill and bfill, in row order and in time order. */
    @ParameterizedTest
    @CsvSource({"row, FORWARD, ffill", "row, BACKWARD, bfill", "time, FORWARD, ffill", "time, BACKWARD, bfill"})
    void matchesPandasFills(String along, Direction direction, String fill) {
        SeriesFill step = new SeriesFill(direction, along.equals("time") ? "t" : null);
        String[] labels = JsonFixtures.strings(SeriesData.REF.get(along + "_" + fill + "_g"));
        Frame out = step.fit(series, null).transform(series);
        assertValues(out.numeric("x").toArray(), SeriesData.expected(along + "_" + fill + "_x"), 0);
        assertThat(Fixtures.labels(out.column("g"))).containsExactly(labels);
        assertThat(out.categorical("g").levels()).isEqualTo(series.categorical("g").levels());
        Frame text = series.withColumn(TextColumn.of("g", JsonFixtures.strings(SeriesData.REF.get("g"))));
        assertThat(Fixtures.labels(step.fit(text, null).transform(text).column("g"))).containsExactly(labels);
    }

    @Test
    void rowsWithoutATimeAreNeitherFilledNorSources() {
        Frame data = Frame.of(NumericColumn.of("t", 2, NA, 1, 3, NA), NumericColumn.of("x", NA, 7, 5, NA, NA));
        Frame out = new SeriesFill(Direction.FORWARD, "t").fit(data, null).transform(data);
        assertThat(out.numeric("x").toArray()).containsExactly(5, 7, 5, 5, NA);
        assertThat(out.numeric("t").isMissing(1)).isTrue();
    }

    @Test
    void predictionRowsAreFilledFromThemselvesAndOnlySelectedColumns() {
        SeriesFill.Fitted f = new SeriesFill(ColumnSelector.names("x"), Direction.BACKWARD, null).fit(series, null);
        Frame later = Frame.of(NumericColumn.of("x", NA, 1, NA), CategoricalColumn.of("g", null, "u", null));
        Frame out = f.transform(later);
        assertThat(out.numeric("x").toArray()).containsExactly(1, 1, NA);
        assertThat(out.categorical("g").isMissing(0)).isTrue();
    }

    @Test
    void badInputIsAClearError() {
        SeriesFill.Fitted f = new SeriesFill(Direction.FORWARD, "t").fit(series, null);
        assertThatThrownBy(() -> f.transform(series.drop("g")))
                .hasMessage("series_fill needs column 'g', which the data does not have; columns: [t, x]");
        assertThatThrownBy(() -> new SeriesFill(Direction.FORWARD, "g").fit(series, null))
                .hasMessage("series_fill needs time column 'g' to be timestamp or numeric, it is categorical");
        assertThatThrownBy(() -> new SeriesFill(Direction.FORWARD, "time").fit(series, null))
                .hasMessage("series_fill needs column 'time', which the data does not have; columns: [t, x, g]");
        assertThatThrownBy(() -> new SeriesFill().fit(series.head(0), null))
                .hasMessage("series_fill cannot be fitted on data with no rows");
        assertThatThrownBy(() -> new SeriesFill().fit(series.head(2), null))
                .hasMessage("series_fill needs values in column 'x', which has none in the training data");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new SeriesFill(null, null)).hasMessage("direction must be forward or backward");
        assertThatThrownBy(() -> new SeriesFill().withParams(Map.of("direction", "sideways")))
                .hasMessage("hyperparameter 'direction' expects one of [backward, forward], got 'sideways'");
        assertThatThrownBy(() -> new SeriesFill().withParams(Map.of("time_column", "")))
                .hasMessage("time_column must be a column name, or absent for row order");
        assertThat(new SeriesFill().params().keySet()).containsExactly("columns", "direction", "time_column");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new SeriesFill(Direction.BACKWARD, "t").fit(series, null), series);
        RoundTrip.assertSameTransform(new SeriesFill().fit(series, null), series);
    }
}
