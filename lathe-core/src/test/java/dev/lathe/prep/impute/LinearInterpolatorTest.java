package dev.lathe.prep.impute;

import static dev.lathe.prep.Fixtures.assertValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.math.Moments;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.impute.LinearInterpolator.Edges;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearInterpolatorTest {

    private static final double NA = Double.NaN;
    private final Frame series = SeriesData.frame();

    /** fixtures/impute/series.json: pandas Series.interpolate, in row order and in time order. */
    @ParameterizedTest
    @CsvSource({"row, LEAVE, row_interpolate_leave", "row, NEAREST, row_interpolate_nearest",
            "time, LEAVE, time_interpolate_leave", "time, NEAREST, time_interpolate_nearest"})
    void matchesPandasInterpolate(String along, Edges edges, String reference) {
        LinearInterpolator step = new LinearInterpolator(along.equals("time") ? "t" : null, edges);
        Frame out = step.fit(series, null).transform(series);
        assertValues(out.numeric("x").toArray(), SeriesData.expected(reference), 1e-12);
        assertThat(out.categorical("g").isMissing(1)).isTrue();
    }

    @Test
    void aNumericTimeColumnWorksLikeATimestamp() {
        TimestampColumn t = series.timestamp("t");
        double[] millis = new double[t.size()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = t.epochMillis(i);
        }
        Frame numericTime = series.withColumn(NumericColumn.wrap("t", millis));
        Frame out = new LinearInterpolator("t", Edges.LEAVE).fit(numericTime, null).transform(numericTime);
        assertValues(out.numeric("x").toArray(), SeriesData.expected("time_interpolate_leave"), 1e-12);
        assertThat(out.numeric("t").toArray()).containsExactly(millis);
    }

    @Test
    void rowsWithoutATimeAreLeftAloneAndEqualTimesKeepRowOrder() {
        Frame data = Frame.of(NumericColumn.of("t", 1, NA, 1, 2, 3, 3, 5),
                NumericColumn.of("x", 3, NA, NA, 9, NA, 4, 8));
        Frame out = new LinearInterpolator("t", Edges.NEAREST).fit(data, null).transform(data);
        // row 2 shares time 1 with the known row 0; row 4 shares time 3 with the known row 5 after it
        assertThat(out.numeric("x").toArray()).containsExactly(3, NA, 3, 9, 4, 4, 8);
    }

    @Test
    void predictionRowsAreInterpolatedAmongThemselves() {
        LinearInterpolator.Fitted f = new LinearInterpolator().fit(series, null);
        Frame later = Frame.of(NumericColumn.of("x", 100, NA, NA, 130, NA));
        assertThat(f.transform(later).numeric("x").toArray()).containsExactly(100, 110, 120, 130, NA);
    }

    @Test
    void badInputIsAClearError() {
        LinearInterpolator.Fitted f = new LinearInterpolator("t", Edges.LEAVE).fit(series, null);
        assertThatThrownBy(() -> f.transform(series.drop("t")))
                .hasMessage("linear_interpolator needs column 't', which the data does not have; columns: [x, g]");
        assertThatThrownBy(() -> f.transform(series.drop("x")))
                .hasMessage("linear_interpolator needs column 'x', which the data does not have; columns: [t, g]");
        Frame textTime = series.withColumn(TextColumn.of("t", new String[series.rowCount()]));
        assertThatThrownBy(() -> new LinearInterpolator("t", Edges.LEAVE).fit(textTime, null))
                .hasMessage("linear_interpolator needs time column 't' to be timestamp or numeric, it is text");
        assertThatThrownBy(() -> new LinearInterpolator(ColumnSelector.names("g"), null, Edges.LEAVE).fit(series, null))
                .hasMessage("linear_interpolator needs column 'g' to be numeric, it is categorical");
        assertThatThrownBy(() -> new LinearInterpolator().fit(series.head(0), null))
                .hasMessage("linear_interpolator cannot be fitted on data with no rows");
        assertThatThrownBy(() -> new LinearInterpolator().fit(series.head(2), null))
                .hasMessage("linear_interpolator needs values in column 'x', which has none in the training data");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new LinearInterpolator(" ", Edges.LEAVE))
                .hasMessage("time_column must be a column name, or absent for row order");
        assertThatThrownBy(() -> new LinearInterpolator(null, null)).hasMessage("edges must be leave or nearest");
        assertThatThrownBy(() -> new LinearInterpolator().withParams(Map.of("edges", "both")))
                .hasMessage("hyperparameter 'edges' expects one of [leave, nearest], got 'both'");
        assertThat(new LinearInterpolator().params().keySet()).containsExactly("columns", "time_column", "edges");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new LinearInterpolator("t", Edges.NEAREST).fit(series, null), series);
        LinearInterpolator rowOrder = new LinearInterpolator(ColumnSelector.types(ColumnType.NUMERIC), null,
                Edges.LEAVE);
        RoundTrip.assertSameTransform(rowOrder.fit(series, null), series);
    }

    @Property(tries = 100)
    void shuffledRowsWithTheirTimesInterpolateLikeTheSortedSeries(
            @ForAll @Size(min = 1, max = 30) List<@WithNull(0.4) @DoubleRange(min = -1e3, max = 1e3) Double> xs,
            @ForAll long seed, @ForAll Edges edges) {
        int n = xs.size();
        double[] x = xs.stream().mapToDouble(v -> v == null ? NA : v).toArray();
        Assume.that(Moments.of(x).count() > 0);
        int[] shuffle = IntStream.range(0, n).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = shuffle[i];
            shuffle[i] = shuffle[k];
            shuffle[k] = swap;
        }
        Frame sorted = Frame.of(NumericColumn.wrap("t", IntStream.range(0, n).mapToDouble(i -> i).toArray()),
                NumericColumn.wrap("x", x));
        double[] inOrder = new LinearInterpolator(null, edges).fit(sorted, null).transform(sorted).numeric("x").toArray();
        Frame shuffled = sorted.take(shuffle);
        double[] byTime = new LinearInterpolator("t", edges).fit(shuffled, null).transform(shuffled).numeric("x")
                .toArray();
        assertThat(byTime).containsExactly(IntStream.of(shuffle).mapToDouble(i -> inOrder[i]).toArray());
    }
}
