package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;

class OneHotEncoderTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/one_hot.json");
    private final Frame train = Fixtures.labelFrame(FIXTURE.get("train"), false);
    private final Frame test = Fixtures.labelFrame(FIXTURE.get("test"), false);

    @Test
    void agreesWithScikitLearnForEveryDropInfrequentAndUnknownOption() {
        assertThat(FIXTURE.get("cases")).hasSize(7);
        for (JsonNode c : FIXTURE.get("cases")) {
            OneHotEncoder encoder = (OneHotEncoder) new OneHotEncoder().withParams(JsonFixtures.map(c.get("params")));
            OneHotEncoder.Fitted fitted = encoder.fit(train, null);
            List<String> names = new ArrayList<>();
            // scikit-learn names the infrequent group infrequent_sklearn; Lathe calls it infrequent
            c.get("names").forEach(n -> names.add(n.asText().replace("_infrequent_sklearn", "_infrequent")));
            assertIndicators(fitted.transform(train), names, c.get("train"), c);
            assertIndicators(fitted.transform(test), names, c.get("test"), c);
            Frame testAsText = Fixtures.labelFrame(FIXTURE.get("test"), true);
            assertIndicators(fitted.transform(testAsText), names, c.get("test"), c);
        }
    }

    private static void assertIndicators(Frame out, List<String> names, JsonNode rows, JsonNode c) {
        assertThat(out.names()).as("%s", c.get("params")).containsExactlyElementsOf(names);
        for (int k = 0; k < names.size(); k++) {
            assertThat(out.numeric(names.get(k)).toArray()).as("%s %s", c.get("params"), names.get(k))
                    .containsExactly(Fixtures.matrixColumn(rows, k));
        }
    }

    @Test
    void indicatorsReplaceTheColumnInPlaceAndOthersPassThrough() {
        Frame data = Frame.of(NumericColumn.of("x", 1, 2, 3), CategoricalColumn.of("g", "b", "a", "b"),
                NumericColumn.of("z", 7, 8, 9));
        Frame out = new OneHotEncoder().fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("x", "g_a", "g_b", "z");
        assertThat(out.column("x")).isSameAs(data.column("x"));
        assertThat(out.numeric("g_b").toArray()).containsExactly(1, 0, 1);
    }

    @Test
    void matchesLabelsNotCodesWhenLevelsComeInAnotherOrder() {
        OneHotEncoder.Fitted f = new OneHotEncoder().fit(Frame.of(CategoricalColumn.of("g", "a", "b", "c")), null);
        Frame reordered = Frame.of(CategoricalColumn.wrap("g", new int[] {0, 1, 2}, List.of("c", "a", "b")));
        Frame out = f.transform(reordered);
        assertThat(out.numeric("g_a").toArray()).containsExactly(0, 1, 0);
        assertThat(out.numeric("g_c").toArray()).containsExactly(1, 0, 0);
    }

    @Test
    void missingValuesGiveAllZerosWithHandleMissingZeros() {
        OneHotEncoder zeros = new OneHotEncoder(ColumnSelector.names("color"), OneHotEncoder.Drop.NONE,
                OneHotEncoder.HandleUnknown.ERROR, 0, OneHotEncoder.HandleMissing.ZEROS);
        Frame out = zeros.fit(train, null).transform(test.drop("size", "flag").head(3).filter(i -> i != 1));
        assertThat(out.names()).containsExactly("color_blue", "color_green", "color_red", "color_yellow");
        assertThat(out.numeric("color_red").toArray()).containsExactly(1, 0);
        assertThat(out.numeric("color_blue").toArray()).containsExactly(0, 0);
        assertThat(out.numeric("color_green").toArray()).containsExactly(0, 0);
        assertThat(out.numeric("color_yellow").toArray()).containsExactly(0, 0);
    }

    @Test
    void aMissingValueTrainingNeverSawIsTreatedAsUnseen() {
        Frame complete = Frame.of(CategoricalColumn.of("g", "a", "b", "a"));
        Frame withMissing = Frame.of(CategoricalColumn.of("g", "b", null));
        OneHotEncoder ignoring = (OneHotEncoder) new OneHotEncoder().withParams(Map.of("handle_unknown", "ignore"));
        Frame ignored = ignoring.fit(complete, null).transform(withMissing);
        assertThat(ignored.names()).containsExactly("g_a", "g_b");
        assertThat(ignored.numeric("g_b").toArray()).containsExactly(1, 0);
        assertThat(ignored.numeric("g_a").toArray()).containsExactly(0, 0);
        assertThatThrownBy(() -> new OneHotEncoder().fit(complete, null).transform(withMissing))
                .hasMessage("one_hot_encoder: column 'g' has a missing value (row 2), which training did not have; "
                        + "set handle_unknown to ignore, or handle_missing to zeros");
    }

    @Test
    void unseenCategoryWithTheErrorOptionIsAClearError() {
        OneHotEncoder.Fitted f = new OneHotEncoder().fit(train, null);
        assertThatThrownBy(() -> f.transform(test))
                .hasMessage("one_hot_encoder: column 'color' holds 'purple' (row 2), a category not seen in training; "
                        + "set handle_unknown to ignore or infrequent_if_exist to encode such labels");
    }

    @Test
    void badInputsAreClearErrors() {
        OneHotEncoder.Fitted f = new OneHotEncoder().fit(train, null);
        assertThatThrownBy(() -> f.transform(train.drop("flag")))
                .hasMessage("one_hot_encoder needs column 'flag', which the data does not have; "
                        + "columns: [color, size]");
        Frame numericFlag = train.withColumn(NumericColumn.of("flag", 1, 0, 0, 1, 1, 0, 1, 0, 1, 1));
        assertThatThrownBy(() -> f.transform(numericFlag))
                .hasMessage("one_hot_encoder needs column 'flag' to be categorical or text, it is numeric");
        assertThatThrownBy(() -> new OneHotEncoder().fit(train.head(0), null))
                .hasMessage("one_hot_encoder cannot fit on empty data (0 rows)");
        Frame clash = Frame.of(CategoricalColumn.of("g", "a", "b"), NumericColumn.of("g_a", 1, 2));
        assertThatThrownBy(() -> new OneHotEncoder().fit(clash, null).transform(clash))
                .hasMessage("one_hot_encoder would create column 'g_a' from column 'g', but the data already has a "
                        + "column of that name");
        Frame nanLabel = Frame.of(CategoricalColumn.of("g", "nan", null));
        assertThatThrownBy(() -> new OneHotEncoder().fit(nanLabel, null).transform(nanLabel))
                .hasMessage("one_hot_encoder would create column 'g_nan' twice from column 'g'");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        OneHotEncoder d = new OneHotEncoder();
        String expected = "min_frequency must be 0 (off), a fraction in (0, 1) or a whole count of at least 1, got ";
        assertThatThrownBy(() -> d.withParams(Map.of("min_frequency", 2.5))).hasMessage(expected + "2.5");
        assertThatThrownBy(() -> d.withParams(Map.of("min_frequency", -0.1))).hasMessage(expected + "-0.1");
        assertThatThrownBy(() -> d.withParams(Map.of("min_frequency", Double.NaN))).hasMessage(expected + "NaN");
        assertThatThrownBy(() -> d.withParams(Map.of("drop", "last")))
                .hasMessage("hyperparameter 'drop' expects one of [first, if_binary, none], got 'last'");
        assertThatThrownBy(() -> d.withParams(Map.of("handle_missing", "drop")))
                .hasMessage("hyperparameter 'handle_missing' expects one of [category, zeros], got 'drop'");
        assertThatThrownBy(() -> new OneHotEncoder(ColumnSelector.names("g"), null, OneHotEncoder.HandleUnknown.ERROR,
                0, OneHotEncoder.HandleMissing.ZEROS)).hasMessage("drop must be given");
    }

    @Test
    void savesAndLoadsBitForBit() {
        for (JsonNode c : FIXTURE.get("cases")) {
            OneHotEncoder encoder = (OneHotEncoder) new OneHotEncoder().withParams(JsonFixtures.map(c.get("params")));
            RoundTrip.assertSameTransform(encoder.fit(train, null), test);
        }
        OneHotEncoder.Fitted strict = RoundTrip.saveAndLoad(new OneHotEncoder().fit(train, null));
        assertThatThrownBy(() -> strict.transform(test)).hasMessageContaining("'purple' (row 2)");
    }

    @Property(tries = 200)
    void withoutDropOrGroupingEveryTrainingRowSetsExactlyOneIndicator(
            @ForAll @Size(min = 1, max = 30) List<@WithNull(0.2) @StringLength(min = 1, max = 2) String> labels) {
        Frame data = Frame.of(CategoricalColumn.of("g", labels.toArray(String[]::new)));
        Frame out = new OneHotEncoder().fit(data, null).transform(data);
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (String name : out.names()) {
                sum += out.numeric(name).get(i);
            }
            assertThat(sum).isEqualTo(1);
            String expected = labels.get(i) == null ? "g_nan" : "g_" + labels.get(i);
            assertThat(out.numeric(expected).get(i)).isEqualTo(1);
        }
    }
}
