package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.feature.KBinsDiscretizer.Encode;
import dev.lathe.prep.feature.KBinsDiscretizer.Strategy;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KBinsDiscretizerTest {

    private final Frame data = Frame.of(NumericColumn.of("x", 0, 1, 2, 3, 4, 5, 6, 7, 8, Double.NaN, 10),
            NumericColumn.of("k", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), CategoricalColumn.of("g", "a", "b", "a", "b", "a",
                    "b", "a", "b", "a", "b", "a"));

    @Test
    void edgesAndBinsMatchScikitLearnForEveryStrategy() {
        // fixtures/feature/kbins.json: sklearn.preprocessing.KBinsDiscretizer 1.2.1, see README.md there
        JsonNode fixture = JsonFixtures.read("feature/kbins.json");
        Frame train = Fixture.frame(fixture.get("train"));
        Frame test = Fixture.frame(fixture.get("test"));
        assertThat(fixture.get("cases")).hasSize(6);
        for (JsonNode c : fixture.get("cases")) {
            Strategy strategy = Strategy.valueOf(c.get("strategy").asText().toUpperCase(Locale.ROOT));
            KBinsDiscretizer.Fitted f = new KBinsDiscretizer(c.get("n_bins").asInt(), strategy).fit(train, null);
            for (int j = 0; j < f.columns().size(); j++) {
                String column = f.columns().get(j);
                if (strategy == Strategy.KMEANS && column.equals("ties")) {
                    // 4 distinct values, more bins: scikit-learn's centres never settle (see Strategy.KMEANS)
                    assertThat(f.edges()[j]).containsExactly(0, 0.5, 1.5, 2.5, 3);
                    continue;
                }
                Fixture.assertClose(strategy + " edges of " + column, f.edges()[j],
                        JsonFixtures.doubles(c.get("edges").get(column)), 1e-12);
                Fixture.assertClose(strategy + " bins of " + column, f.transform(test).numeric(column).toArray(),
                        JsonFixtures.doubles(c.get("ordinal").get(column)), 0);
            }
        }
    }

    @Test
    void kmeansWithFewerDistinctValuesThanBinsGivesOneBinPerValue() {
        Frame few = Frame.of(NumericColumn.of("x", 1, 1, 4, 4, 4, 9));
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer(5, Strategy.KMEANS).fit(few, null);
        assertThat(f.edges()[0]).containsExactly(1, 2.5, 6.5, 9);
        assertThat(f.transform(few).numeric("x").toArray()).containsExactly(0, 0, 1, 1, 1, 2);
    }

    @Test
    void valuesOutsideTheTrainingRangeGoToTheEdgeBinsAndMissingStaysMissing() {
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer(5, Strategy.UNIFORM).fit(data, null);
        assertThat(f.edges()[0]).containsExactly(0, 2, 4, 6, 8, 10);
        Frame fresh = Frame.of(NumericColumn.of("x", -100, 0, 1.999, 2, 9.5, 10, 1e9, Double.NaN),
                NumericColumn.of("k", 3, 3, 3, 3, 3, 3, 3, 3));
        assertThat(f.transform(fresh).numeric("x").toArray()).containsExactly(0, 0, 0, 1, 4, 4, 4, Double.NaN);
    }

    @Test
    void aConstantColumnIsOneBin() {
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer().fit(data, null);
        assertThat(f.edges()[1]).containsExactly(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertThat(f.transform(data.withColumn(NumericColumn.of("k", -5, 0, 3, 3, 3, 3, 3, 3, 3, 3, 1e9)))
                .numeric("k").toArray()).containsOnly(0);
    }

    @Test
    void oneHotReplacesTheColumnInPlaceWithOneIndicatorPerBin() {
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer(ColumnSelector.names("x"), 3, Strategy.UNIFORM, Encode.ONEHOT)
                .fit(data, null);
        Frame out = f.transform(data);
        assertThat(out.names()).containsExactly("x_0", "x_1", "x_2", "k", "g");
        assertThat(out.numeric("x_0").toArray()).containsExactly(1, 1, 1, 1, 0, 0, 0, 0, 0, Double.NaN, 0);
        assertThat(out.numeric("x_2").toArray()).containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 1, Double.NaN, 1);
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> new KBinsDiscretizer(1, Strategy.UNIFORM)).hasMessage("n_bins must be at least 2, got 1");
        assertThatThrownBy(() -> new KBinsDiscretizer().withParams(Map.of("strategy", "median")))
                .hasMessage("hyperparameter 'strategy' expects one of [kmeans, quantile, uniform], got 'median'");
        assertThatThrownBy(() -> new KBinsDiscretizer(ColumnSelector.names("x"), 3, null, Encode.ORDINAL))
                .hasMessage("strategy must be one of uniform, quantile, kmeans");
        assertThatThrownBy(() -> new KBinsDiscretizer().fit(data.head(0), null))
                .hasMessage("kbins_discretizer cannot be fitted on empty data (0 rows)");
        double[] missing = new double[11];
        Arrays.fill(missing, Double.NaN);
        Frame allMissing = data.withColumn(NumericColumn.of("x", missing));
        assertThatThrownBy(() -> new KBinsDiscretizer().fit(allMissing, null))
                .hasMessage("kbins_discretizer cannot learn from column 'x': all its 11 values are missing");
        assertThatThrownBy(() -> new KBinsDiscretizer(ColumnSelector.names("g"), 3, Strategy.UNIFORM, Encode.ORDINAL)
                .fit(data, null)).hasMessage("kbins_discretizer needs column 'g' to be numeric, it is categorical");
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer().fit(data, null);
        assertThatThrownBy(() -> f.transform(data.drop("x")))
                .hasMessage("kbins_discretizer needs column 'x', which the data does not have; columns: [k, g]");
    }

    @Test
    void inconsistentLearnedStateIsRefused() {
        assertThatThrownBy(() -> new KBinsDiscretizer.Fitted(List.of("x"), new double[][] {{0, 2, 1}}, Encode.ORDINAL))
                .hasMessage("edges of column 'x' do not ascend at position 2");
        assertThatThrownBy(() -> new KBinsDiscretizer.Fitted(List.of("x", "y"), new double[][] {{0, 1}}, Encode.ORDINAL))
                .hasMessage("2 columns but 1 edge arrays");
        assertThatThrownBy(() -> new KBinsDiscretizer.Fitted(List.of("x"), new double[][] {{0}}, Encode.ORDINAL))
                .hasMessage("column 'x' has fewer than 2 edges");
    }

    @Test
    void savesAndLoadsBitForBit() {
        for (Strategy s : Strategy.values()) {
            for (Encode e : Encode.values()) {
                RoundTrip.assertSameTransform(new KBinsDiscretizer(new KBinsDiscretizer().columns(), 4, s, e)
                        .fit(data, null), data);
            }
        }
    }

    @Property(tries = 200)
    void binsCoverTheTrainingRangeInOrder(@ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e3, max = 1e3) Double> xs,
                                          @ForAll @IntRange(min = 2, max = 12) int nBins, @ForAll Strategy strategy) {
        double[] values = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Frame train = Frame.of(NumericColumn.of("x", values));
        KBinsDiscretizer.Fitted f = new KBinsDiscretizer(nBins, strategy).fit(train, null);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] bins = f.transform(Frame.of(NumericColumn.of("x", sorted))).numeric("x").toArray();
        int last = f.binCount(0) - 1;
        assertThat(f.binCount(0)).isBetween(1, nBins);
        assertThat(bins[0]).isZero();
        assertThat(bins[bins.length - 1]).isEqualTo(last);
        for (int i = 1; i < bins.length; i++) {
            assertThat(bins[i]).isGreaterThanOrEqualTo(bins[i - 1]).isLessThanOrEqualTo(last);
        }
    }
}
