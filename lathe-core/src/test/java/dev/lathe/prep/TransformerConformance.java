package dev.lathe.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: what every column-wise numeric transformer must do, checked on one frame. The frame must
 * have a numeric column {@code x}, with a missing value, that the step changes, and a categorical column
 * {@code g} that it must leave alone.
 */
public final class TransformerConformance {

    private TransformerConformance() {
    }

    /**
     * Fits {@code step} on {@code data} and checks: the input is not changed; {@code g} passes through;
     * missing values stay missing; {@code fitTransform} agrees with {@code fit} then {@code transform};
     * the model file round trip is bit-exact; the inverse, if any, gives x back; a missing or non-numeric
     * {@code x} at transform time fails with a message naming the step ({@code name}) and the column.
     */
    public static void check(Transformer step, Frame data, String name) {
        Frame before = copy(data);
        FittedTransformer fitted = step.fit(data, null);
        Frame out = fitted.transform(data);

        RoundTrip.assertBitIdentical(data, before);
        assertThat(out.names()).isEqualTo(data.names());
        assertThat(out.categorical("g").toCodes()).isEqualTo(data.categorical("g").toCodes());
        NumericColumn x = data.numeric("x");
        NumericColumn y = out.numeric("x");
        for (int i = 0; i < x.size(); i++) {
            assertThat(y.isMissing(i)).as("row %d missing", i + 1).isEqualTo(x.isMissing(i));
        }
        assertThat(y.toArray()).as("the step changes x").isNotEqualTo(x.toArray());

        RoundTrip.assertBitIdentical(step.fitTransform(data, null).transformed(), out);
        RoundTrip.assertSameTransform(fitted, data);

        if (fitted instanceof InvertibleTransformer invertible) {
            double[] back = invertible.inverse(out).numeric("x").toArray();
            for (int i = 0; i < back.length; i++) {
                if (!x.isMissing(i)) {
                    assertThat(back[i]).as("inverse row %d", i + 1)
                            .isCloseTo(x.get(i), within(1e-9 * Math.max(1, Math.abs(x.get(i)))));
                }
            }
        }

        assertThatThrownBy(() -> fitted.transform(data.drop("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name + " needs column 'x', which the data does not have; columns: ");
        String[] labels = new String[data.rowCount()];
        Arrays.fill(labels, "a");
        Frame categorical = data.withColumn(CategoricalColumn.of("x", labels));
        assertThatThrownBy(() -> fitted.transform(categorical))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(name + " needs column 'x' to be numeric, it is categorical");
    }

    private static Frame copy(Frame data) {
        List<Column> columns = new ArrayList<>();
        for (Column c : data.columns()) {
            columns.add(c instanceof NumericColumn n ? NumericColumn.of(n.name(), n.toArray()) : c);
        }
        return Frame.of(columns);
    }
}
