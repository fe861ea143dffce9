package dev.lathe.prep.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.TransformerConformance;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MinMaxScalerTest {

    private static final ColumnSelector NUMERIC = ColumnSelector.types(ColumnType.NUMERIC);

    private final Frame data = Frame.of(NumericColumn.of("x", 2, 4, Double.NaN, 10, 6),
            NumericColumn.of("k", 7, 7, 7, 7, 7), CategoricalColumn.of("g", "a", "b", "a", "b", "a"));

    @Test
    void mapsTheTrainingRangeOntoTheFeatureRange() {
        MinMaxScaler.Fitted f = new MinMaxScaler().fit(data, null);
        assertThat(f.transform(data).numeric("x").toArray()).containsExactly(0, 0.25, Double.NaN, 1, 0.5);
        // a constant column lands on the low end, as in scikit-learn
        assertThat(f.transform(data).numeric("k").toArray()).containsExactly(0, 0, 0, 0, 0);
        Frame fresh = Frame.of(NumericColumn.of("x", 0, 18), NumericColumn.of("k", 7, 8));
        assertThat(f.transform(fresh).numeric("x").toArray()).containsExactly(-0.25, 2);

        MinMaxScaler.Fitted clipped = new MinMaxScaler(NUMERIC, List.of(-1.0, 1.0), true).fit(data, null);
        assertThat(clipped.transform(data).numeric("x").toArray()).containsExactly(-1, -0.5, Double.NaN, 1, 0);
        assertThat(clipped.transform(fresh).numeric("x").toArray()).containsExactly(-1, 1);
        assertThat(clipped.inverse(clipped.transform(fresh)).numeric("x").toArray()).containsExactly(2, 10);
    }

    @Test
    void behavesAsEveryColumnTransformer() {
        TransformerConformance.check(new MinMaxScaler(), data, "min_max_scaler");
        TransformerConformance.check(new MinMaxScaler(NUMERIC, List.of(-3.0, 5.0), true), data, "min_max_scaler");
    }

    @Test
    void refusesBadSettingsAndDataItCannotLearnFrom() {
        assertThatThrownBy(() -> new MinMaxScaler(NUMERIC, List.of(1.0, 0.0), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feature_range must be two numbers (low, high) with low < high, got [1.0, 0.0]");
        assertThatThrownBy(() -> new MinMaxScaler(NUMERIC, List.of(0.0, 1.0, 2.0), false))
                .hasMessage("feature_range must be two numbers (low, high) with low < high, got [0.0, 1.0, 2.0]");
        assertThatThrownBy(() -> new MinMaxScaler(NUMERIC, List.of(0.0, Double.POSITIVE_INFINITY), false))
                .hasMessage("feature_range must be two numbers (low, high) with low < high, got [0.0, Infinity]");
        MinMaxScaler m = new MinMaxScaler();
        assertThat(m.params()).containsEntry("feature_range", List.of(0.0, 1.0)).containsEntry("clip", false);
        assertThat(m.withParams(Map.of("feature_range", List.of(-1, 1), "clip", true)))
                .isEqualTo(new MinMaxScaler(NUMERIC, List.of(-1.0, 1.0), true));

        assertThatThrownBy(() -> m.fit(Frame.of(NumericColumn.of("x", Double.NaN)), null))
                .hasMessage("min_max_scaler has nothing to learn from in column 'x': all 1 values are missing");
        assertThatThrownBy(() -> m.fit(Frame.of(NumericColumn.of("x")), null))
                .hasMessage("min_max_scaler has nothing to learn from in column 'x': there are no rows");
        assertThatThrownBy(() -> m.fit(Frame.of(NumericColumn.of("x", 1, Double.NEGATIVE_INFINITY)), null))
                .hasMessage("min_max_scaler cannot learn from column 'x': row 2 holds -Infinity");
        assertThatThrownBy(() -> new MinMaxScaler(ColumnSelector.names("g"), List.of(0.0, 1.0), false).fit(data, null))
                .hasMessage("min_max_scaler needs column 'g' to be numeric, it is categorical");
    }

    @Property(tries = 100)
    void trainingValuesLandInTheRangeAndComeBack(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs,
            @ForAll @DoubleRange(min = -10, max = 10) double low,
            @ForAll @DoubleRange(min = 0.1, max = 10) double width) {
        double[] values = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Frame f = Frame.of(NumericColumn.of("x", values));
        MinMaxScaler.Fitted m = new MinMaxScaler(NUMERIC, List.of(low, low + width), false).fit(f, null);
        Frame out = m.transform(f);
        double slack = 1e-12 * Math.max(1, Math.abs(low) + width);
        for (double y : out.numeric("x").toArray()) {
            assertThat(y).isBetween(low - slack, low + width + slack);
        }
        double[] back = m.inverse(out).numeric("x").toArray();
        double scale = Arrays.stream(values).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < values.length; i++) {
            assertThat(back[i]).isCloseTo(values[i], within(1e-9 * Math.max(1, scale)));
        }
    }
}
