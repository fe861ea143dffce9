package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PolynomialFeaturesTest {

    private final Frame data = Frame.of(NumericColumn.of("a", 1, 2, Double.NaN), CategoricalColumn.of("g", "x", "y", "x"),
            NumericColumn.of("b", 3, -1, 2));

    @Test
    void matchesScikitLearnNamesOrderAndValues() {
        // fixtures/feature/polynomial.json: sklearn.preprocessing.PolynomialFeatures 1.2.1, see README.md there
        JsonNode fixture = JsonFixtures.read("feature/polynomial.json");
        Frame input = Fixture.frame(fixture.get("input"));
        assertThat(fixture.get("cases")).hasSize(6);
        for (JsonNode c : fixture.get("cases")) {
            PolynomialFeatures step = new PolynomialFeatures(new PolynomialFeatures().columns(), c.get("degree").asInt(),
                    c.get("interaction_only").asBoolean(), c.get("include_bias").asBoolean());
            Fixture.assertFrameClose(step.fit(input, null).transform(input), c.get("output"), 1e-14);
        }
    }

    @Test
    void replacesTheSelectedColumnsAtTheFirstOnesPlaceAndKeepsOthers() {
        Frame out = new PolynomialFeatures(ColumnSelector.names("a", "b"), 2, false, true).fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("1", "a", "b", "a^2", "a b", "b^2", "g");
        assertThat(out.numeric("a b").toArray()).containsExactly(3, -2, Double.NaN);
        assertThat(out.numeric("1").toArray()).containsExactly(1, 1, 1);
        assertThat(out.categorical("g").get(1)).isEqualTo("y");
    }

    @Test
    void interactionOnlyHasNoPowers() {
        Frame three = Frame.of(NumericColumn.of("a", 2), NumericColumn.of("b", 3), NumericColumn.of("c", 5));
        PolynomialFeatures.Fitted f = new PolynomialFeatures(new PolynomialFeatures().columns(), 3, true, false)
                .fit(three, null);
        assertThat(f.outputNames()).containsExactly("a", "b", "c", "a b", "a c", "b c", "a b c");
        assertThat(f.transform(three).numeric("a b c").get(0)).isEqualTo(30);
        assertThat(new PolynomialFeatures(3).fit(three, null).outputNames()).hasSize(19).contains("a^2 b", "c^3");
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> new PolynomialFeatures(0)).hasMessage("degree must be at least 1, got 0");
        assertThatThrownBy(() -> new PolynomialFeatures().withParams(Map.of("degree", -2)))
                .hasMessage("degree must be at least 1, got -2");
        assertThatThrownBy(() -> new PolynomialFeatures().fit(data.head(0), null))
                .hasMessage("polynomial_features cannot be fitted on empty data (0 rows)");
        assertThatThrownBy(() -> new PolynomialFeatures().fit(data.select("g"), null))
                .hasMessage("polynomial_features selects no columns (types [numeric]) among [g]");
        assertThatThrownBy(() -> new PolynomialFeatures(ColumnSelector.names("a", "g"), 2, false, false).fit(data, null))
                .hasMessage("polynomial_features needs column 'g' to be numeric, it is categorical");
        PolynomialFeatures.Fitted f = new PolynomialFeatures().fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("b")))
                .hasMessage("polynomial_features needs column 'b', which the data does not have; columns: [a, g]");
        Frame clash = data.withColumn(NumericColumn.of("a^2", 0, 0, 0));
        assertThatThrownBy(() -> new PolynomialFeatures(ColumnSelector.names("a", "b"), 2, false, false)
                .fit(clash, null).transform(clash))
                .hasMessage("polynomial_features would create column 'a^2', which the data already has; "
                        + "rename that column first");
    }

    @Test
    void refusesMoreThanTheMaximumNumberOfOutputColumns() {
        List<NumericColumn> wide = IntStream.range(0, 100).mapToObj(j -> NumericColumn.of("x" + j, j)).toList();
        // 100 columns at degree 3: C(103, 3) - 1 = 176850 terms
        assertThatThrownBy(() -> new PolynomialFeatures(3).fit(Frame.of(wide), null))
                .hasMessage("polynomial_features would make more than 100000 columns from 100 columns at degree 3");
        assertThatThrownBy(() -> new PolynomialFeatures.Fitted(List.of("a", "b"), Integer.MAX_VALUE, false, false))
                .hasMessage("polynomial_features would make more than 100000 columns from 2 columns at degree "
                        + "2147483647");
        assertThat(new PolynomialFeatures(2).fit(Frame.of(wide), null).outputNames()).hasSize(5150);
    }

    @Property(tries = 200)
    void theTermCountFormulaCountsTheTerms(@ForAll @IntRange(min = 1, max = 7) int features,
                                           @ForAll @IntRange(min = 1, max = 5) int degree,
                                           @ForAll boolean interactionOnly, @ForAll boolean includeBias) {
        assertThat(Monomials.count(features, degree, interactionOnly, includeBias, Long.MAX_VALUE))
                .isEqualTo(Monomials.terms(features, degree, interactionOnly, includeBias).size());
        assertThat(Monomials.count(100, 3, false, false, Long.MAX_VALUE)).isEqualTo(176850);
    }

    @Test
    void hyperparametersBySnakeCaseName() {
        PolynomialFeatures p = new PolynomialFeatures();
        assertThat(p.params()).containsKeys("columns", "degree", "interaction_only", "include_bias");
        assertThat(((PolynomialFeatures) p.withParams(Map.of("interaction_only", "true"))).interactionOnly()).isTrue();
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(new PolynomialFeatures(ColumnSelector.names("a", "b"), 3, false, true)
                .fit(data, null), data);
    }
}
