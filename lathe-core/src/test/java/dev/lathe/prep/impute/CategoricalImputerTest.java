package dev.lathe.prep.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Fixtures;
import dev.lathe.prep.impute.CategoricalImputer.Strategy;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CategoricalImputerTest {

    private static final ColumnSelector LABELLED =
            ColumnSelector.types(ColumnType.CATEGORICAL, ColumnType.TEXT, ColumnType.BOOLEAN);

    /** fixtures/impute/simple_knn.json: SimpleImputer(strategy="most_frequent") on the text column s. */
    private final JsonNode ref = ImputeData.REF.get("simple_most_frequent_text");
    private final String[] trainLabels = JsonFixtures.strings(ImputeData.REF.get("train").get("s"));
    private final String[] testLabels = JsonFixtures.strings(ImputeData.REF.get("test").get("s"));

    @Test
    void textColumnsMatchScikitLearnMostFrequent() {
        CategoricalImputer imputer = new CategoricalImputer(LABELLED, Strategy.MOST_FREQUENT, "missing_value", false);
        CategoricalImputer.Fitted f = imputer.fit(Frame.of(TextColumn.of("s", trainLabels)), null);
        assertThat(f.fills()).containsExactly(ref.get("statistic").asText());
        Frame out = f.transform(Frame.of(TextColumn.of("s", testLabels)));
        assertThat(Fixtures.labels(out.column("s"))).containsExactly(JsonFixtures.strings(ref.get("test")));
    }

    @Test
    void categoriesMatchByLabelNotByCode() {
        // training levels in order of appearance: pear, apple, fig, kiwi; pear, apple and fig occur 3 times
        // each, so the fill is the smallest label, apple (code 1), not the first level pear (code 0)
        CategoricalImputer.Fitted f = new CategoricalImputer().fit(Frame.of(CategoricalColumn.of("s", trainLabels)),
                null);
        assertThat(f.fills()).containsExactly("apple");
        // new data lists its levels in another order (fig, plum, pear) and lacks apple, which is added
        CategoricalColumn out = f.transform(Frame.of(CategoricalColumn.of("s", testLabels))).categorical("s");
        assertThat(Fixtures.labels(out)).containsExactly(JsonFixtures.strings(ref.get("test")));
        assertThat(out.levels()).containsExactly("fig", "plum", "pear", "apple");
        CategoricalColumn reordered = CategoricalColumn.wrap("s", new int[]{-1, 2}, List.of("z", "y", "apple"));
        assertThat(f.transform(Frame.of(reordered)).categorical("s").code(0)).isEqualTo(2);
    }

    @Test
    void constantFillsTheGivenLabelEvenInAColumnWithNoValues() {
        Frame data = Frame.of(CategoricalColumn.of("g", "u", null), CategoricalColumn.of("e", null, null));
        CategoricalImputer constant = (CategoricalImputer) new CategoricalImputer()
                .withParams(Map.of("strategy", "constant"));
        Frame out = constant.fit(data, null).transform(data);
        assertThat(Fixtures.labels(out.column("g"))).containsExactly("u", "missing_value");
        assertThat(Fixtures.labels(out.column("e"))).containsExactly("missing_value", "missing_value");
    }

    @Test
    void booleansFillWithTrueOrFalseTiesGoingToFalse() {
        Frame data = Frame.of(BooleanColumn.of("b", true, null, false), BooleanColumn.of("c", true, true, null));
        CategoricalImputer imputer = new CategoricalImputer(LABELLED, Strategy.MOST_FREQUENT, "missing_value", false);
        Frame out = imputer.fit(data, null).transform(data);
        assertThat(out.bool("b").get(1)).isFalse();
        assertThat(out.bool("c").get(2)).isTrue();
        CategoricalImputer constant = new CategoricalImputer(LABELLED, Strategy.CONSTANT, "true", false);
        assertThat(constant.fit(data, null).transform(data).bool("b").get(1)).isTrue();
        CategoricalImputer bad = new CategoricalImputer(LABELLED, Strategy.CONSTANT, "yes", false);
        assertThatThrownBy(() -> bad.fit(data, null))
                .hasMessage("categorical_imputer cannot fill boolean column 'b' with 'yes'; fill_value must be true "
                        + "or false");
    }

    @Test
    void indicatorsAndUntouchedColumns() {
        Frame data = Frame.of(CategoricalColumn.of("g", "u", null, "u"), NumericColumn.of("x", 1, Double.NaN, 3));
        CategoricalImputer imputer = new CategoricalImputer(ColumnSelector.types(ColumnType.CATEGORICAL),
                Strategy.MOST_FREQUENT, "missing_value", true);
        Frame out = imputer.fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("g", "x", "g_missing");
        assertThat(out.numeric("g_missing").toArray()).containsExactly(0, 1, 0);
        assertThat(out.numeric("x").isMissing(1)).isTrue();
    }

    @Test
    void badInputIsAClearError() {
        Frame data = Frame.of(CategoricalColumn.of("g", "u", null), NumericColumn.of("x", 1, 2),
                CategoricalColumn.of("e", null, null));
        CategoricalImputer.Fitted f = new CategoricalImputer(ColumnSelector.names("g"), Strategy.MOST_FREQUENT,
                "missing_value", false).fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("g")))
                .hasMessage("categorical_imputer needs column 'g', which the data does not have; columns: [x, e]");
        assertThatThrownBy(() -> new CategoricalImputer(ColumnSelector.names("x"), Strategy.MOST_FREQUENT,
                "missing_value", false).fit(data, null))
                .hasMessage("categorical_imputer needs column 'x' to be categorical, text or boolean, it is numeric");
        assertThatThrownBy(() -> new CategoricalImputer().fit(data.head(0), null))
                .hasMessage("categorical_imputer cannot be fitted on data with no rows");
        assertThatThrownBy(() -> new CategoricalImputer().fit(data, null))
                .hasMessage("categorical_imputer needs values in column 'e', which has none in the training data");
        Frame wasText = Frame.of(TextColumn.of("g", "u", null));
        CategoricalImputer.Fitted text = new CategoricalImputer(LABELLED, Strategy.MOST_FREQUENT, "missing_value",
                false).fit(wasText, null);
        assertThatThrownBy(() -> text.transform(Frame.of(BooleanColumn.of("g", true, null))))
                .hasMessage("categorical_imputer cannot fill boolean column 'g' with 'u'; it was fitted on a column "
                        + "of another type");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new CategoricalImputer().withParams(Map.of("fill_value", "")))
                .hasMessage("fill_value must be a non-empty label");
        assertThatThrownBy(() -> new CategoricalImputer().withParams(Map.of("strategy", "mean")))
                .hasMessage("hyperparameter 'strategy' expects one of [constant, most_frequent], got 'mean'");
        assertThatThrownBy(() -> new CategoricalImputer(LABELLED, null, "x", false))
                .hasMessage("strategy must be most_frequent or constant");
        assertThat(new CategoricalImputer().params().keySet())
                .containsExactly("columns", "strategy", "fill_value", "add_indicator");
    }

    @Test
    void savesAndLoadsBitForBit() {
        Frame data = Frame.of(CategoricalColumn.of("g", trainLabels), TextColumn.of("s", trainLabels),
                BooleanColumn.of("b", IntStream.range(0, trainLabels.length)
                        .mapToObj(i -> trainLabels[i] == null ? null : i % 3 == 0).toArray(Boolean[]::new)));
        CategoricalImputer imputer = new CategoricalImputer(LABELLED, Strategy.MOST_FREQUENT, "missing_value", true);
        RoundTrip.assertSameTransform(imputer.fit(data, null), data);
    }
}
