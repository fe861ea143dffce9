package dev.lathe.prep.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StandardScalerTest {

    private final Frame data = Frame.of(NumericColumn.of("a", 1, 2, 3, 4, Double.NaN),
            NumericColumn.of("k", 7, 7, 7, 7, 7), CategoricalColumn.of("g", "x", "y", "x", "y", "x"));

    @Test
    void usesPopulationStandardDeviationIgnoringMissingAsScikitLearn() {
        // sklearn.preprocessing.StandardScaler().fit([[1],[2],[3],[4],[nan]]): mean_ 2.5, scale_ sqrt(1.25)
        StandardScaler.Fitted f = new StandardScaler().fit(data, null);
        assertThat(f.columns()).containsExactly("a", "k");
        assertThat(f.means()[0]).isEqualTo(2.5);
        assertThat(f.scales()[0]).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(f.scales()[1]).isEqualTo(1);
        Frame out = f.transform(data);
        assertThat(out.numeric("a").get(0)).isCloseTo(-1.5 / Math.sqrt(1.25), within(1e-15));
        assertThat(out.numeric("a").isMissing(4)).isTrue();
        assertThat(out.numeric("k").get(0)).isZero();
        assertThat(out.categorical("g").get(1)).isEqualTo("y");
    }

    @Test
    void selectedColumnsOnlyAndClearErrors() {
        StandardScaler.Fitted f = new StandardScaler(ColumnSelector.names("k"), true, true).fit(data, null);
        assertThat(f.transform(data).numeric("a").get(0)).isEqualTo(1);
        assertThatThrownBy(() -> f.transform(data.drop("k")))
                .hasMessage("standard_scaler needs column 'k', which the data does not have; columns: [a, g]");
        assertThatThrownBy(() -> new StandardScaler(ColumnSelector.names("g"), true, true).fit(data, null))
                .hasMessage("standard_scaler needs column 'g' to be numeric, it is categorical");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new StandardScaler().fit(data, null), data);
    }

    @Property(tries = 100)
    void inverseUndoesTransform(@ForAll @Size(min = 2, max = 20) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
        Frame f = Frame.of(NumericColumn.of("x", xs.stream().mapToDouble(Double::doubleValue).toArray()));
        StandardScaler.Fitted s = new StandardScaler().fit(f, null);
        double[] back = s.inverse(s.transform(f)).numeric("x").toArray();
        for (int i = 0; i < back.length; i++) {
            assertThat(back[i]).isCloseTo(xs.get(i), within(1e-9 * Math.max(1, Math.abs(xs.get(i)))));
        }
    }
}
