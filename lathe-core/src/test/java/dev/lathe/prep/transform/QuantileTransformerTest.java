package dev.lathe.prep.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Fixtures;
import dev.lathe.prep.TransformerConformance;
import dev.lathe.prep.transform.QuantileTransformer.Distribution;
import dev.lathe.testing.CsvFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantileTransformerTest {

    /** scipy.stats.norm.ppf(1e-7 - numpy.spacing(1)) and of 1 minus that: where scikit-learn clips normal output. */
    private static final double NORMAL_MIN = -5.199337582605575;
    private static final double NORMAL_MAX = 5.19933758270342;

    private final Frame data = Frame.of(NumericColumn.of("x", 5, 1, 3, Double.NaN, 3, 10, 3, 2),
            CategoricalColumn.of("g", "a", "b", "a", "b", "a", "b", "a", "b"));

    /** Outputs of sklearn.preprocessing.QuantileTransformer 1.2.1 (fixtures/transform/README.md). */
    @ParameterizedTest
    @CsvSource({"quantile_uniform, 1000, UNIFORM", "quantile_normal, 1000, NORMAL",
            "quantile_uniform_10, 10, UNIFORM", "quantile_normal_10, 10, NORMAL"})
    void agreesWithScikitLearn(String fixture, int nQuantiles, Distribution distribution) {
        Frame train = CsvFixtures.read("transform/train.csv");
        Frame test = CsvFixtures.read("transform/test.csv");
        QuantileTransformer.Fitted fitted = new QuantileTransformer(
                ColumnSelector.names("skewed", "mixed", "gaps", "ties"), nQuantiles, distribution).fit(train, null);
        assertThat(fitted.quantiles()[0]).hasSize(Math.min(nQuantiles, train.rowCount()));
        Fixtures.assertClose(fitted.transform(train).concat(fitted.transform(test)),
                CsvFixtures.read("transform/" + fixture + ".csv"), 1e-12);
    }

    @Test
    void tiedValuesMapToTheMiddleOfTheirRun() {
        // n_quantiles is capped at the 8 rows, the missing one included, as scikit-learn does; the quantiles
        // at 0, 1/7, ..., 1 of {1, 2, 3, 3, 3, 5, 10} hold 3 twice (3/7 and 4/7), so 3 maps to 0.5.
        // Expected values: QuantileTransformer().fit(x).transform(...) in scikit-learn 1.2.1.
        QuantileTransformer.Fitted fitted = new QuantileTransformer().fit(data, null);
        assertThat(fitted.quantiles()[0]).containsExactly(new double[] {1, 1.8571428571428572, 2.7142857142857144,
                3, 3, 3.5714285714285694, 5.714285714285712, 10}, within(1e-15));
        assertThat(fitted.transform(data).numeric("x").toArray()).containsExactly(new double[] {0.8095238095238095,
                0, 0.5, Double.NaN, 0.5, 1, 0.5, 0.16666666666666666}, within(1e-15));
        Frame beyond = Frame.of(NumericColumn.of("x", -100, 4, 100), CategoricalColumn.of("g", "a", "a", "a"));
        assertThat(fitted.transform(beyond).numeric("x").toArray())
                .containsExactly(new double[] {0, 0.7428571428571429, 1}, within(1e-15));
    }

    @Test
    void behavesAsEveryColumnTransformer() {
        Frame distinct = data.withColumn(NumericColumn.of("x", 5, 1, 3, Double.NaN, 3.5, 10, 2.5, 2));
        for (Distribution d : Distribution.values()) {
            TransformerConformance.check(new QuantileTransformer(d), distinct, "quantile_transformer");
        }
    }

    @Test
    void refusesBadSettingsAndTooLittleData() {
        assertThatThrownBy(() -> new QuantileTransformer(ColumnSelector.names("x"), 1, Distribution.UNIFORM))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n_quantiles must be at least 2, got 1");
        assertThatThrownBy(() -> new QuantileTransformer(null))
                .hasMessage("output_distribution must be given: uniform or normal");
        QuantileTransformer q = new QuantileTransformer();
        assertThat(q.withParams(Map.of("output_distribution", "normal", "n_quantiles", 50)))
                .isEqualTo(new QuantileTransformer(ColumnSelector.types(ColumnType.NUMERIC), 50,
                        Distribution.NORMAL));
        assertThatThrownBy(() -> q.withParams(Map.of("output_distribution", "gaussian")))
                .hasMessage("hyperparameter 'output_distribution' expects one of [normal, uniform], got 'gaussian'");
        assertThatThrownBy(() -> q.fit(data.head(1), null))
                .hasMessage("quantile_transformer needs at least 2 rows to learn quantiles from, got 1");
        Frame missing = Frame.of(NumericColumn.of("x", Double.NaN, Double.NaN, Double.NaN));
        assertThatThrownBy(() -> q.fit(missing, null))
                .hasMessage("quantile_transformer has nothing to learn from in column 'x': all 3 values are missing");
    }

    @Property(tries = 100)
    void outputsStayWithinTheDistributionsRange(
            @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = -1e4, max = 1e4) Double> train,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e5, max = 1e5) Double> fresh,
            @ForAll @IntRange(min = 2, max = 40) int nQuantiles, @ForAll Distribution distribution) {
        QuantileTransformer.Fitted q = new QuantileTransformer(ColumnSelector.names("x"), nQuantiles, distribution)
                .fit(column(train), null);
        double[] out = q.transform(column(fresh)).numeric("x").toArray();
        boolean normal = distribution == Distribution.NORMAL;
        for (int i = 0; i < out.length; i++) {
            // the clip bounds may differ from scipy's in the last digit
            assertThat(out[i]).isBetween(normal ? NORMAL_MIN - 1e-14 : 0, normal ? NORMAL_MAX + 1e-14 : 1);
            for (int k = 0; k < out.length; k++) {
                if (fresh.get(i) < fresh.get(k)) {
                    assertThat(out[i]).as("monotone").isLessThanOrEqualTo(out[k]);
                }
            }
        }
    }

    @Property(tries = 100)
    void inverseUndoesTransformOfTrainingValues(
            @ForAll @Size(min = 2, max = 40) @UniqueElements List<@DoubleRange(min = -1e4, max = 1e4) Double> xs,
            @ForAll Distribution distribution) {
        Frame f = column(xs);
        QuantileTransformer.Fitted q = new QuantileTransformer(distribution).fit(f, null);
        double[] back = q.inverse(q.transform(f)).numeric("x").toArray();
        double range = xs.stream().mapToDouble(Math::abs).max().orElseThrow();
        for (int i = 0; i < back.length; i++) {
            assertThat(back[i]).isCloseTo(xs.get(i), within(1e-9 * Math.max(1, range)));
        }
    }

    private static Frame column(List<Double> values) {
        return Frame.of(NumericColumn.of("x", values.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
