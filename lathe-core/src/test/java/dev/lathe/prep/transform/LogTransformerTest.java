package dev.lathe.prep.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.TransformerConformance;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LogTransformerTest {

    private final Frame data = Frame.of(NumericColumn.of("x", 1, Math.E, Double.NaN, 1e-300, 1e300),
            NumericColumn.of("y", 0, 0.5, -0.5, 1e-20, Double.NaN), CategoricalColumn.of("g", "a", "b", "a", "b", "a"));

    @Test
    void takesNaturalLogarithms() {
        Frame out = new LogTransformer(ColumnSelector.names("x")).fit(data, null).transform(data);
        assertThat(out.numeric("x").toArray()).containsExactly(0, 1, Double.NaN, -690.7755278982137,
                690.7755278982137);
        Frame plusOne = LogTransformer.log1p(ColumnSelector.names("y")).fit(data, null).transform(data);
        // log1p(1e-20) is 1e-20, where log(1 + 1e-20) would give 0
        assertThat(plusOne.numeric("y").toArray()).containsExactly(0, Math.log(1.5), Math.log(0.5), 1e-20,
                Double.NaN);
        assertThat(plusOne.numeric("x").toArray()).isEqualTo(data.numeric("x").toArray());
    }

    @Test
    void behavesAsEveryColumnTransformer() {
        Frame positive = data.select("x", "g");
        TransformerConformance.check(new LogTransformer(), positive, "log_transformer");
        TransformerConformance.check(LogTransformer.log1p(), positive, "log1p_transformer");
    }

    @Test
    void namesColumnRowAndValueOutsideTheDomain() {
        assertThatThrownBy(() -> new LogTransformer().fit(data, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log_transformer needs values greater than 0: column 'y' has 0.0 in row 1");
        LogTransformer.Fitted log = new LogTransformer().fit(data.select("x"), null);
        Frame negative = Frame.of(NumericColumn.of("x", 2, 3, -4));
        assertThatThrownBy(() -> log.transform(negative))
                .hasMessage("log_transformer needs values greater than 0: column 'x' has -4.0 in row 3");

        Frame belowMinusOne = Frame.of(NumericColumn.of("y", 0, Double.NaN, -1));
        assertThatThrownBy(() -> LogTransformer.log1p().fit(belowMinusOne, null))
                .hasMessage("log1p_transformer needs values greater than -1: column 'y' has -1.0 in row 3");
        LogTransformer.Fitted log1p = LogTransformer.log1p().fit(data.select("y"), null);
        assertThatThrownBy(() -> log1p.transform(Frame.of(NumericColumn.of("y", -7.5))))
                .hasMessage("log1p_transformer needs values greater than -1: column 'y' has -7.5 in row 1");
        assertThatThrownBy(() -> LogTransformer.log1p(null)).hasMessage("columns must be given");
        assertThatThrownBy(() -> new LogTransformer().withParams(java.util.Map.of("function", "log2")))
                .hasMessage("hyperparameter 'function' expects one of [log, log1p], got 'log2'");
    }

    @Property(tries = 100)
    void inversesUndoTransforms(@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = 0, max = 1e6) Double> xs) {
        double[] values = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Frame f = Frame.of(NumericColumn.of("x", values));
        LogTransformer.Fitted log1p = LogTransformer.log1p().fit(f, null);
        double[] back = log1p.inverse(log1p.transform(f)).numeric("x").toArray();
        Frame shifted = Frame.of(NumericColumn.of("x", Arrays.stream(values).map(v -> v + 1e-3).toArray()));
        LogTransformer.Fitted log = new LogTransformer().fit(shifted, null);
        double[] backShifted = log.inverse(log.transform(shifted)).numeric("x").toArray();
        for (int i = 0; i < values.length; i++) {
            assertThat(back[i]).isCloseTo(values[i], within(1e-12 * Math.max(1, values[i])));
            assertThat(backShifted[i]).isCloseTo(values[i] + 1e-3, within(1e-12 * Math.max(1, values[i])));
        }
    }
}
