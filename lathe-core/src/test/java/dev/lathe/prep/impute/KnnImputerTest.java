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
import dev.lathe.prep.impute.KnnImputer.Weights;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KnnImputerTest {

    private final Frame train = ImputeData.train();
    private final Frame test = ImputeData.test();

    /** fixtures/impute/simple_knn.json: sklearn.impute.KNNImputer(n_neighbors=3, weights=...).fit(train). */
    @ParameterizedTest
    @EnumSource(Weights.class)
    void matchesScikitLearnKnnImputerOnTrainingAndNewRows(Weights weights) {
        JsonNode ref = ImputeData.REF.get("knn_" + weights.name().toLowerCase(Locale.ROOT));
        KnnImputer.Fitted f = new KnnImputer(ref.get("n_neighbors").asInt(), weights).fit(train, null);
        for (String split : List.of("train", "test")) {
            Frame out = f.transform(split.equals("train") ? train : test);
            for (String col : List.of("a", "b", "c")) {
                assertValues(out.numeric(col).toArray(), doubles(ref.get(split).get(col)), 1e-12);
            }
        }
    }

    @Test
    void aRowSharingNoCoordinateGetsTheTrainingMean() {
        // row 3 of the new rows is missing everywhere
        Frame out = new KnnImputer().fit(train, null).transform(test);
        for (String col : List.of("a", "b", "c")) {
            assertThat(out.numeric(col).get(3)).isEqualTo(Moments.of(train.numeric(col).toArray()).mean());
        }
    }

    @Test
    void donorsComeFromTrainingRowsOnly() {
        Frame fit = Frame.of(NumericColumn.of("x", 0, 10), NumericColumn.of("y", 0, 10));
        Frame later = Frame.of(NumericColumn.of("x", 9, 9), NumericColumn.of("y", Double.NaN, 100));
        Frame out = new KnnImputer(1, Weights.UNIFORM).fit(fit, null).transform(later);
        assertThat(out.numeric("y").toArray()).containsExactly(10, 100);
    }

    @Test
    void distanceWeightsUseOnlyDonorsAtDistanceZeroWhenThereAreAny() {
        Frame fit = Frame.of(NumericColumn.of("x", 0, 0, 5), NumericColumn.of("y", 1, 3, 7));
        Frame later = Frame.of(NumericColumn.of("x", 0, 1), NumericColumn.of("y", Double.NaN, Double.NaN));
        Frame out = new KnnImputer(3, Weights.DISTANCE).fit(fit, null).transform(later);
        // x = 0: donors at distances 0, 0 and 5 -> mean of 1 and 3; x = 1: weights 1/1, 1/1, 1/4
        assertThat(out.numeric("y").get(0)).isEqualTo(2);
        assertThat(out.numeric("y").get(1)).isCloseTo((1 + 3 + 7 / 4.0) / 2.25, within(1e-15));
    }

    @Test
    void fewerDonorsThanNeighboursUsesThemAll() {
        Frame fit = Frame.of(NumericColumn.of("x", 1, 2, 3), NumericColumn.of("y", 4, Double.NaN, 8));
        Frame out = new KnnImputer().fit(fit, null).transform(fit);
        assertThat(out.numeric("y").get(1)).isEqualTo(6);
    }

    @Test
    void indicatorsAndNonNumericColumnsPassThrough() {
        KnnImputer imputer = (KnnImputer) new KnnImputer().withParams(Map.of("add_indicator", true, "n_neighbors", 2));
        Frame out = imputer.fit(train, null).transform(test);
        assertThat(out.names()).containsExactly("a", "b", "c", "s", "a_missing", "b_missing", "c_missing");
        assertThat(out.numeric("b_missing").toArray()).containsExactly(1, 0, 0, 1, 0);
        assertThat(out.text("s").get(2)).isEqualTo("plum");
    }

    @Test
    void badInputIsAClearError() {
        KnnImputer.Fitted f = new KnnImputer().fit(train, null);
        assertThatThrownBy(() -> f.transform(test.drop("c")))
                .hasMessage("knn_imputer needs column 'c', which the data does not have; columns: [a, b, s]");
        assertThatThrownBy(() -> new KnnImputer(ColumnSelector.names("a", "s"), 5, Weights.UNIFORM, false)
                .fit(train, null))
                .hasMessage("knn_imputer needs column 's' to be numeric, it is text");
        assertThatThrownBy(() -> new KnnImputer().fit(train.head(0), null))
                .hasMessage("knn_imputer cannot be fitted on data with no rows");
        Frame noValues = train.head(2).withColumn(NumericColumn.of("e", Double.NaN, Double.NaN));
        assertThatThrownBy(() -> new KnnImputer().fit(noValues, null))
                .hasMessage("knn_imputer needs values in column 'e', which has none in the training data");
    }

    @Test
    void invalidHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new KnnImputer(0, Weights.UNIFORM)).hasMessage("n_neighbors must be at least 1, got 0");
        assertThatThrownBy(() -> new KnnImputer(3, null)).hasMessage("weights must be uniform or distance");
        assertThatThrownBy(() -> new KnnImputer().withParams(Map.of("weights", "gaussian")))
                .hasMessage("hyperparameter 'weights' expects one of [distance, uniform], got 'gaussian'");
        assertThat(new KnnImputer().params().keySet())
                .containsExactly("columns", "n_neighbors", "weights", "add_indicator");
    }

    @Test
    void savesAndLoadsBitForBit() {
        KnnImputer imputer = new KnnImputer(ColumnSelector.types(ColumnType.NUMERIC), 3, Weights.DISTANCE, true);
        RoundTrip.assertSameTransform(imputer.fit(train, null), test);
        RoundTrip.assertSameTransform(new KnnImputer().fit(train, null), train);
    }

    @Property(tries = 100)
    void imputedValuesLieWithinTheTrainingRangeAndKnownValuesStay(
            @ForAll @Size(min = 2, max = 30) List<@WithNull(0.25) @DoubleRange(min = -100, max = 100) Double> xs,
            @ForAll @Size(min = 2, max = 30) List<@WithNull(0.25) @DoubleRange(min = -100, max = 100) Double> ys,
            @ForAll @IntRange(min = 1, max = 6) int k, @ForAll boolean byDistance) {
        int n = Math.min(xs.size(), ys.size());
        double[] x = xs.subList(0, n).stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        double[] y = ys.subList(0, n).stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        Assume.that(Moments.of(x).count() > 0 && Moments.of(y).count() > 0);
        Frame data = Frame.of(NumericColumn.wrap("x", x), NumericColumn.wrap("y", y));
        Frame out = new KnnImputer(k, byDistance ? Weights.DISTANCE : Weights.UNIFORM).fit(data, null).transform(data);
        for (String col : List.of("x", "y")) {
            double[] before = data.numeric(col).toArray();
            double[] after = out.numeric(col).toArray();
            Moments range = Moments.of(before);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(before[i])) {
                    assertThat(after[i]).isBetween(range.min() - 1e-9, range.max() + 1e-9);
                } else {
                    assertThat(after[i]).isEqualTo(before[i]);
                }
            }
        }
    }
}
