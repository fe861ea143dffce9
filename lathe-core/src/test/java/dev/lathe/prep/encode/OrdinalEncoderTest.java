package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrdinalEncoderTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/ordinal.json");
    private final Frame train = Fixtures.labelFrame(FIXTURE.get("train"), false);
    private final Frame test = Fixtures.labelFrame(FIXTURE.get("test"), false);

    @Test
    void agreesWithScikitLearnOnTrainingAndNewRows() {
        for (JsonNode c : FIXTURE.get("cases")) {
            OrdinalEncoder encoder = (OrdinalEncoder) new OrdinalEncoder().withParams(JsonFixtures.map(c.get("params")));
            OrdinalEncoder.Fitted fitted = encoder.fit(train, null);
            assertCodes(fitted.transform(train), c.get("train"));
            assertCodes(fitted.transform(test), c.get("test"));
            // text columns where categorical ones were trained are matched by label too
            assertCodes(fitted.transform(Fixtures.labelFrame(FIXTURE.get("test"), true)), c.get("test"));
        }
    }

    private static void assertCodes(Frame out, JsonNode expectedRows) {
        assertThat(out.names()).containsExactly("color", "size", "flag");
        for (int k = 0; k < 3; k++) {
            assertThat(out.numeric(out.names().get(k)).toArray()).as(out.names().get(k))
                    .containsExactly(Fixtures.matrixColumn(expectedRows, k));
        }
    }

    @Test
    void learnsSortedLabelsAndMatchesByLabelNotCode() {
        OrdinalEncoder.Fitted f = new OrdinalEncoder().fit(train, null);
        assertThat(f.categories().get(0)).containsExactly("blue", "green", "red", "yellow");
        // the same labels with their levels listed in another order give the same codes
        Frame reordered = Frame.of(CategoricalColumn.wrap("color", new int[] {0, 1, -1, 2},
                List.of("yellow", "blue", "red")), CategoricalColumn.of("size", "S", "M", "L", "XL"),
                CategoricalColumn.of("flag", "y", "n", "y", "n"));
        assertThat(f.transform(reordered).numeric("color").toArray()).containsExactly(3, 0, Double.NaN, 2);
    }

    @Test
    void passesOtherColumnsThroughAndEncodesOnlyTheSelectedOnes() {
        Frame data = train.withColumn(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Frame out = new OrdinalEncoder(ColumnSelector.names("size"), Map.of(), OrdinalEncoder.HandleUnknown.ERROR,
                null).fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("color", "size", "flag", "x");
        assertThat(out.column("color")).isSameAs(data.column("color"));
        assertThat(out.column("x")).isSameAs(data.column("x"));
        assertThat(out.numeric("size").get(0)).isEqualTo(2); // L, M, S, XL
    }

    @Test
    void unknownLabelsCanBeGivenNaN() {
        OrdinalEncoder.Fitted f = new OrdinalEncoder(ColumnSelector.names("color"), Map.of(),
                OrdinalEncoder.HandleUnknown.USE_ENCODED_VALUE, Double.NaN).fit(train, null);
        assertThat(f.transform(test).numeric("color").toArray()).containsExactly(2, Double.NaN, Double.NaN, 0, 3);
    }

    @Test
    void unseenCategoryWithTheErrorOptionIsAClearError() {
        OrdinalEncoder.Fitted f = new OrdinalEncoder().fit(train, null);
        assertThatThrownBy(() -> f.transform(test))
                .hasMessage("ordinal_encoder: column 'color' holds 'purple' (row 2), a category not seen in training; "
                        + "set handle_unknown to use_encoded_value to give such labels a code");
    }

    @Test
    void badInputsAreClearErrors() {
        OrdinalEncoder.Fitted f = new OrdinalEncoder().fit(train, null);
        assertThatThrownBy(() -> f.transform(train.drop("size")))
                .hasMessage("ordinal_encoder needs column 'size', which the data does not have; "
                        + "columns: [color, flag]");
        Frame numericSize = train.withColumn(NumericColumn.of("size", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThatThrownBy(() -> f.transform(numericSize))
                .hasMessage("ordinal_encoder needs column 'size' to be categorical or text, it is numeric");
        assertThatThrownBy(() -> new OrdinalEncoder().fit(train.head(0), null))
                .hasMessage("ordinal_encoder cannot fit on empty data (0 rows)");
        OrdinalEncoder sizes = new OrdinalEncoder(ColumnSelector.names("size"),
                Map.of("size", List.of("S", "M", "L")), OrdinalEncoder.HandleUnknown.ERROR, null);
        assertThatThrownBy(() -> sizes.fit(train, null))
                .hasMessage("ordinal_encoder: column 'size' holds 'XL' (row 10), which is not among its given "
                        + "categories [S, M, L]");
        OrdinalEncoder elsewhere = new OrdinalEncoder(ColumnSelector.names("size"),
                Map.of("colour", List.of("red")), OrdinalEncoder.HandleUnknown.ERROR, null);
        assertThatThrownBy(() -> elsewhere.fit(train, null))
                .hasMessage("ordinal_encoder was given categories for column 'colour', which is not among the columns "
                        + "it encodes: [size]");
        OrdinalEncoder clash = new OrdinalEncoder(ColumnSelector.names("flag"), Map.of(),
                OrdinalEncoder.HandleUnknown.USE_ENCODED_VALUE, 1.0);
        assertThatThrownBy(() -> clash.fit(train, null))
                .hasMessage("unknown_value 1.0 is already the code of category 'y' in column 'flag'");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        OrdinalEncoder d = new OrdinalEncoder();
        assertThatThrownBy(() -> d.withParams(Map.of("unknown_value", -1)))
                .hasMessage("unknown_value must only be given when handle_unknown is use_encoded_value, got -1.0");
        assertThatThrownBy(() -> d.withParams(Map.of("handle_unknown", "use_encoded_value")))
                .hasMessage("unknown_value must be given when handle_unknown is use_encoded_value");
        assertThatThrownBy(() -> d.withParams(Map.of("handle_unknown", "use_encoded_value", "unknown_value", 1.5)))
                .hasMessage("unknown_value must be a whole number or NaN, got 1.5");
        assertThatThrownBy(() -> d.withParams(Map.of("handle_unknown", "skip")))
                .hasMessage("hyperparameter 'handle_unknown' expects one of [error, use_encoded_value], got 'skip'");
        assertThatThrownBy(() -> d.withParams(Map.of("categories", Map.of("size", List.of("S", "M", "S")))))
                .hasMessage("categories of column 'size' repeat 'S'");
        assertThatThrownBy(() -> d.withParams(Map.of("categories", Map.of("size", List.of()))))
                .hasMessage("categories of column 'size' must be a non-empty list of labels, got []");
        assertThatThrownBy(() -> new OrdinalEncoder(null, Map.of(), OrdinalEncoder.HandleUnknown.ERROR, null))
                .hasMessage("columns must be given");
    }

    @Test
    void savesAndLoadsBitForBit() {
        OrdinalEncoder encoder = new OrdinalEncoder(ColumnSelector.names("color", "size"),
                Map.of("size", List.of("S", "M", "L", "XL")), OrdinalEncoder.HandleUnknown.USE_ENCODED_VALUE, -1.0);
        RoundTrip.assertSameTransform(encoder.fit(train, null), test);
        OrdinalEncoder.Fitted withNaN = new OrdinalEncoder(ColumnSelector.names("color"), Map.of(),
                OrdinalEncoder.HandleUnknown.USE_ENCODED_VALUE, Double.NaN).fit(train, null);
        RoundTrip.assertSameTransform(withNaN, test);
        OrdinalEncoder.Fitted strict = new OrdinalEncoder().fit(train, null);
        OrdinalEncoder.Fitted back = RoundTrip.saveAndLoad(strict);
        assertThat(back.unknownValue()).isNull();
        assertThatThrownBy(() -> back.transform(test)).hasMessageContaining("'purple' (row 2)");
        assertThat(back.transform(Frame.of(TextColumn.of("color", "red"), TextColumn.of("size", "S"),
                TextColumn.of("flag", "n"))).numeric("color").get(0)).isEqualTo(2);
    }
}
