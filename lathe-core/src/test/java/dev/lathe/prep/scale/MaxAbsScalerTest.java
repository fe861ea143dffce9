package dev.lathe.prep.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.TransformerConformance;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MaxAbsScalerTest {

    private final Frame data = Frame.of(NumericColumn.of("x", 2, -8, Double.NaN, 4, 0),
            NumericColumn.of("z", 0, 0, 0, 0, 0), CategoricalColumn.of("g", "a", "b", "a", "b", "a"));

    @Test
    void dividesByTheLargestAbsoluteValue() {
        MaxAbsScaler.Fitted f = new MaxAbsScaler().fit(data, null);
        assertThat(f.scales()).containsExactly(8, 1);
        assertThat(f.transform(data).numeric("x").toArray()).containsExactly(0.25, -1, Double.NaN, 0.5, 0);
        assertThat(f.transform(data).numeric("z").toArray()).containsOnly(0);
    }

    @Test
    void behavesAsEveryColumnTransformer() {
        TransformerConformance.check(new MaxAbsScaler(), data, "max_abs_scaler");
    }

    @Test
    void refusesDataItCannotLearnFrom() {
        assertThatThrownBy(() -> new MaxAbsScaler(null)).hasMessage("columns must be given");
        assertThatThrownBy(() -> new MaxAbsScaler().fit(Frame.of(NumericColumn.of("x", 1, Double.POSITIVE_INFINITY)),
                null)).hasMessage("max_abs_scaler cannot learn from column 'x': row 2 holds Infinity");
    }

    @Property(tries = 100)
    void trainingValuesLandInUnitIntervalAndComeBack(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
        Frame f = Frame.of(NumericColumn.of("x", xs.stream().mapToDouble(Double::doubleValue).toArray()));
        MaxAbsScaler.Fitted m = new MaxAbsScaler().fit(f, null);
        Frame out = m.transform(f);
        for (double y : out.numeric("x").toArray()) {
            assertThat(y).isBetween(-1.0, 1.0);
        }
        double[] back = m.inverse(out).numeric("x").toArray();
        for (int i = 0; i < back.length; i++) {
            assertThat(back[i]).isCloseTo(xs.get(i), within(1e-9 * Math.max(1, Math.abs(xs.get(i)))));
        }
    }
}
