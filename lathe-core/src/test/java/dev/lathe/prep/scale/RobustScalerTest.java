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
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RobustScalerTest {

    private static final ColumnSelector NUMERIC = ColumnSelector.types(ColumnType.NUMERIC);

    private final Frame data = Frame.of(NumericColumn.of("x", 1, 2, 3, Double.NaN, 4, 1000),
            NumericColumn.of("k", 5, 5, 5, 5, 5, 5), CategoricalColumn.of("g", "a", "b", "a", "b", "a", "b"));

    @Test
    void centresOnTheMedianAndDividesByTheInterquartileRange() {
        // {1, 2, 3, 4, 1000}: median 3, quartiles 2 and 4 (linear interpolation), so the outlier barely matters
        RobustScaler.Fitted f = new RobustScaler().fit(data, null);
        assertThat(f.centers()).containsExactly(3, 5);
        assertThat(f.scales()).containsExactly(2, 1);
        assertThat(f.transform(data).numeric("x").toArray()).containsExactly(-1, -0.5, 0, Double.NaN, 0.5, 498.5);
        assertThat(f.transform(data).numeric("k").toArray()).containsOnly(0);

        RobustScaler.Fitted wide = new RobustScaler(NUMERIC, false, true, List.of(0.0, 100.0), false).fit(data, null);
        assertThat(wide.centers()).containsExactly(0, 0);
        assertThat(wide.scales()[0]).isEqualTo(999);
        RobustScaler.Fitted shiftOnly = new RobustScaler(NUMERIC, true, false, List.of(25.0, 75.0), false)
                .fit(data, null);
        assertThat(shiftOnly.scales()).containsExactly(1, 1);
        // unit_variance divides by norm.ppf(0.75) - norm.ppf(0.25) = 1.3489795003921634 (scipy 1.10.1)
        RobustScaler.Fitted unit = new RobustScaler(NUMERIC, true, true, List.of(25.0, 75.0), true).fit(data, null);
        assertThat(unit.scales()[0]).isCloseTo(2 / 1.3489795003921634, within(1e-15));
    }

    @Test
    void behavesAsEveryColumnTransformer() {
        TransformerConformance.check(new RobustScaler(), data, "robust_scaler");
    }

    @Test
    void refusesBadQuantileRanges() {
        assertThatThrownBy(() -> new RobustScaler(NUMERIC, true, true, List.of(75.0, 25.0), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile_range must be two numbers (low, high) with 0.0 <= low < high <= 100.0, "
                        + "got [75.0, 25.0]");
        assertThatThrownBy(() -> new RobustScaler(NUMERIC, true, true, List.of(-5.0, 25.0), false))
                .hasMessageStartingWith("quantile_range must be two numbers");
        assertThatThrownBy(() -> new RobustScaler(NUMERIC, true, true, List.of(50.0, 101.0), false))
                .hasMessageStartingWith("quantile_range must be two numbers");
        assertThatThrownBy(() -> new RobustScaler(NUMERIC, true, true, List.of(0.0, 75.0), true))
                .hasMessage("unit_variance needs quantile_range strictly inside (0, 100), got [0.0, 75.0]");
        RobustScaler r = new RobustScaler();
        assertThat(r.params()).containsEntry("with_centering", true).containsEntry("with_scaling", true)
                .containsEntry("quantile_range", List.of(25.0, 75.0)).containsEntry("unit_variance", false);
        assertThat(r.withParams(Map.of("quantile_range", "10, 90")))
                .isEqualTo(new RobustScaler(NUMERIC, true, true, List.of(10.0, 90.0), false));
        assertThatThrownBy(() -> r.fit(Frame.of(NumericColumn.of("x", Double.NaN, Double.NaN)), null))
                .hasMessage("robust_scaler has nothing to learn from in column 'x': all 2 values are missing");
    }

    @Property(tries = 100)
    void inverseUndoesTransform(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
        Frame f = Frame.of(NumericColumn.of("x", xs.stream().mapToDouble(Double::doubleValue).toArray()));
        RobustScaler.Fitted r = new RobustScaler().fit(f, null);
        double[] back = r.inverse(r.transform(f)).numeric("x").toArray();
        for (int i = 0; i < back.length; i++) {
            assertThat(back[i]).isCloseTo(xs.get(i), within(1e-9 * Math.max(1, Math.abs(xs.get(i)))));
        }
    }
}
