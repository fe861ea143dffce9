package dev.lathe.prep.impute;

import static dev.lathe.prep.Fixtures.assertValues;
import static dev.lathe.testing.JsonFixtures.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Moments;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.impute.NumericImputer.Strategy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NumericImputerTest {

    private final Frame train = ImputeData.train();
    private final Frame test = ImputeData.test();

    /** fixtures/impute/simple_knn.json: sklearn.impute.SimpleImputer(strategy=...).fit(train). */
    @ParameterizedTest
    @EnumSource(names = {"MEAN", "MEDIAN", "MOST_FREQUENT"})
    void matchesScikitLearnSimpleImputerOnTrainingAndNewRows(Strategy strategy) {
        JsonNode ref = ImputeData.REF.get("simple_" + strategy.name().toLowerCase(Locale.ROOT));
        NumericImputer.Fitted f = new NumericImputer(strategy).fit(train, null);
        assertThat(f.columns()).containsExactly("a", "b", "c");
        assertValues(f.fills(), doubles(ref.get("statistics")), 1e-12);
        for (String split : List.of("train", "test")) {
            Frame out = f.transform(split.equals("train") ? train : test);
            for (String col : List.of("a", "b", "c")) {
                assertValues(out.numeric(col).toArray(), doubles(ref.get(split).get(col)), 1e-12);
            }
            assertThat(out.text("s").get(0)).isEqualTo(split.equals("train") ? "pear" : null);
        }
    }

    @Test
    void mostFrequentTiesGoToTheSmallestValue() {
        // column a has 8.22 and 9.53 twice each; every value of b occurs once: sklearn picks 8.22 and 43.55
        NumericImputer.Fitted f = new NumericImputer(Strategy.MOST_FREQUENT).fit(train, null);
        assertThat(f.fills()).containsExactly(8.22, 43.55, -1.84);
    }

    /** The indicator columns of fixtures/impute/simple_knn.json: SimpleImputer(add_indicator=True). */
    @Test
    void indicatorsMatchScikitLearnAddIndicator() {
        NumericImputer imputer = new NumericImputer(ColumnSelector.types(ColumnType.NUMERIC),
                Strategy.MEAN, 0, true);
        Frame out = imputer.fit(train, null).transform(test);
        assertThat(out.names()).containsExactly("a", "b", "c", "s", "a_missing", "b_missing", "c_missing");
        JsonNode flags = ImputeData.REF.get("simple_mean").get("test_indicators");
        for (int j = 0; j < 3; j++) {
            assertThat(out.numeric("abc".charAt(j) + "_missing").toArray()).containsExactly(doubles(flags.get(j)));
        }
    }

    @Test
    void onlyColumnsWithMissingTrainingValuesGetAnIndicatorYetAllAreFilled() {
        Frame fit = Frame.of(NumericColumn.of("x", 1, Double.NaN, 3), NumericColumn.of("k", 4, 5, 6));
        Frame later = Frame.of(NumericColumn.of("x", 7, 8), NumericColumn.of("k", Double.NaN, 2));
        NumericImputer imputer = (NumericImputer) new NumericImputer().withParams(Map.of("add_indicator", true));
        Frame out = imputer.fit(fit, null).transform(later);
        assertThat(out.names()).containsExactly("x", "k", "x_missing");
        assertThat(out.numeric("k").toArray()).containsExactly(5, 2);
        assertThat(out.numeric("x_missing").toArray()).containsExactly(0, 0);
    }

    @Test
    void constantFillsTheGivenValueEvenInAColumnWithNoValues() {
        Frame data = Frame.of(NumericColumn.of("x", 1, Double.NaN), NumericColumn.of("e", Double.NaN, Double.NaN));
        NumericImputer constant = (NumericImputer) new NumericImputer()
                .withParams(Map.of("strategy", "constant", "fill_value", -1));
        Frame out = constant.fit(data, null).transform(data);
        assertThat(out.numeric("x").toArray()).containsExactly(1, -1);
        assertThat(out.numeric("e").toArray()).containsExactly(-1, -1);
    }

    @Test
    void onlySelectedColumnsChange() {
        NumericImputer onlyA = new NumericImputer(ColumnSelector.names("a"), Strategy.MEDIAN, 0, false);
        Frame out = onlyA.fit(train, null).transform(test);
        assertThat(out.numeric("a").get(1)).isEqualTo(9.53);
        assertThat(out.numeric("b").isMissing(0)).isTrue();
    }

    @Test
    void hyperparametersByScikitLearnNames() {
        assertThat(new NumericImputer().params().keySet())
                .containsExactly("columns", "strategy", "fill_value", "add_indicator");
        assertThat(((NumericImputer) new NumericImputer().withParams(Map.of("strategy", "most_frequent"))).strategy())
                .isEqualTo(Strategy.MOST_FREQUENT);
    }

    @Test
    void badInputIsAClearError() {
        NumericImputer.Fitted f = new NumericImputer().fit(train, null);
        assertThatThrownBy(() -> f.transform(test.drop("b")))
                .hasMessage("numeric_imputer needs column 'b', which the data does not have; columns: [a, c, s]");
        assertThatThrownBy(() -> new NumericImputer(ColumnSelector.names("s"), Strategy.MEAN, 0, false).fit(train, null))
                .hasMessage("numeric_imputer needs column 's' to be numeric, it is text");
        assertThatThrownBy(() -> new NumericImputer().fit(train.head(0), null))
                .hasMessage("numeric_imputer cannot be fitted on data with no rows");
        Frame noValues = train.head(2).withColumn(NumericColumn.of("e", Double.NaN, Double.NaN));
        assertThatThrownBy(() -> new NumericImputer(Strategy.MEDIAN).fit(noValues, null))
                .hasMessage("numeric_imputer needs values in column 'e', which has none in the training data");
        Frame clash = train.withColumn(NumericColumn.of("a_missing", new double[train.rowCount()]));
        assertThatThrownBy(() -> new NumericImputer(ColumnSelector.names("a"), Strategy.MEAN, 0, true).fit(clash, null))
                .hasMessage("numeric_imputer adds indicator column 'a_missing', but the data already has a column "
                        + "of that name");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new NumericImputer((Strategy) null))
                .hasMessage("strategy must be mean, median, most_frequent or constant");
        assertThatThrownBy(() -> new NumericImputer().withParams(Map.of("fill_value", Double.NaN)))
                .hasMessage("fill_value must be a finite number, got NaN");
        assertThatThrownBy(() -> new NumericImputer().withParams(Map.of("strategy", "mode")))
                .hasMessage("hyperparameter 'strategy' expects one of [constant, mean, median, most_frequent], "
                        + "got 'mode'");
        assertThatThrownBy(() -> new NumericImputer(null, Strategy.MEAN, 0, false))
                .hasMessage("columns must be given");
    }

    @Test
    void savesAndLoadsBitForBit() {
        NumericImputer withIndicators = new NumericImputer(ColumnSelector.types(ColumnType.NUMERIC),
                Strategy.MEDIAN, 0, true);
        RoundTrip.assertSameTransform(withIndicators.fit(train, null), test);
        RoundTrip.assertSameTransform(new NumericImputer().fit(train, null), train);
    }

    @Property(tries = 100)
    void meanImputationKeepsTheObservedMean(
            @ForAll @Size(min = 1, max = 40) List<@WithNull(0.3) @DoubleRange(min = -1e3, max = 1e3) Double> xs) {
        double[] v = xs.stream().mapToDouble(x -> x == null ? Double.NaN : x).toArray();
        Assume.that(Moments.of(v).count() > 0);
        Frame data = Frame.of(NumericColumn.wrap("x", v));
        double[] filled = new NumericImputer().fit(data, null).transform(data).numeric("x").toArray();
        Moments after = Moments.of(filled);
        assertThat(after.count()).isEqualTo(v.length);
        assertThat(after.mean()).isCloseTo(Moments.of(v).mean(), within(1e-9));
    }
}
