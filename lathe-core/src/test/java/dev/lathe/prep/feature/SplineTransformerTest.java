package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.feature.SplineTransformer.Extrapolation;
import dev.lathe.prep.feature.SplineTransformer.Knots;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SplineTransformerTest {

    private final Frame data = Frame.of(NumericColumn.of("x", 0, 1, 2, 3, 4, Double.NaN, 6, 7, 8),
            CategoricalColumn.of("g", "a", "b", "a", "b", "a", "b", "a", "b", "a"));

    private static SplineTransformer spline(int nKnots, int degree, Knots knots, Extrapolation extrapolation,
                                            boolean includeBias) {
        return new SplineTransformer(new SplineTransformer().columns(), nKnots, degree, knots, extrapolation,
                includeBias);
    }

    @Test
    void matchesScikitLearnInsideOnAndBeyondTheTrainingRange() {
        // fixtures/feature/splines.json: sklearn.preprocessing.SplineTransformer 1.2.1, see README.md there
        JsonNode fixture = JsonFixtures.read("feature/splines.json");
        Frame train = Fixture.frame(fixture.get("train"));
        Frame test = Fixture.frame(fixture.get("test"));
        assertThat(fixture.get("cases")).hasSize(8);
        for (JsonNode c : fixture.get("cases")) {
            SplineTransformer s = spline(c.get("n_knots").asInt(), c.get("degree").asInt(),
                    Knots.valueOf(c.get("knots").asText().toUpperCase(Locale.ROOT)),
                    Extrapolation.valueOf(c.get("extrapolation").asText().toUpperCase(Locale.ROOT)),
                    c.get("include_bias").asBoolean());
            Fixture.assertFrameClose(s.fit(train, null).transform(test), c.get("output"), 1e-12);
        }
    }

    @Test
    void replacesTheColumnInPlaceAndKeepsMissingValuesMissing() {
        Frame out = new SplineTransformer().fit(data, null).transform(data);
        assertThat(out.names()).containsExactly("x_sp_0", "x_sp_1", "x_sp_2", "x_sp_3", "x_sp_4", "x_sp_5", "x_sp_6", "g");
        for (int b = 0; b < 7; b++) {
            assertThat(out.numeric("x_sp_" + b).get(5)).isNaN();
        }
        assertThat(spline(5, 3, Knots.UNIFORM, Extrapolation.CONSTANT, false).fit(data, null).transform(data).names())
                .containsExactly("x_sp_0", "x_sp_1", "x_sp_2", "x_sp_3", "x_sp_4", "x_sp_5", "g");
    }

    @Test
    void constantExtrapolationHoldsTheEndValuesEvenAtInfinity() {
        SplineTransformer.Fitted f = new SplineTransformer().fit(data, null);
        Frame far = Frame.of(NumericColumn.of("x", 8, 9, 1e300, Double.POSITIVE_INFINITY));
        Frame out = f.transform(far);
        for (int b = 0; b < 7; b++) {
            double atEnd = out.numeric("x_sp_" + b).get(0);
            assertThat(out.numeric("x_sp_" + b).toArray()).containsOnly(atEnd);
        }
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> spline(1, 3, Knots.UNIFORM, Extrapolation.CONSTANT, true))
                .hasMessage("n_knots must be at least 2, got 1");
        assertThatThrownBy(() -> new SplineTransformer().withParams(Map.of("degree", 0)))
                .hasMessage("degree must be at least 1, got 0");
        assertThatThrownBy(() -> new SplineTransformer().withParams(Map.of("extrapolation", "periodic")))
                .hasMessage("hyperparameter 'extrapolation' expects one of [constant, continue, error, linear], "
                        + "got 'periodic'");
        assertThatThrownBy(() -> new SplineTransformer().fit(data.head(0), null))
                .hasMessage("spline_transformer cannot be fitted on empty data (0 rows)");
        assertThatThrownBy(() -> new SplineTransformer().fit(Frame.of(NumericColumn.of("x", 2, 2, Double.NaN)), null))
                .hasMessage("spline_transformer cannot place knots on column 'x': every value is 2.0");
        Frame ties = Frame.of(NumericColumn.of("x", 0, 0, 0, 0, 0, 0, 1, 2));
        assertThatThrownBy(() -> spline(5, 3, Knots.QUANTILE, Extrapolation.CONSTANT, true).fit(ties, null))
                .hasMessage("spline_transformer: the quantile knots of column 'x' repeat [0.0, 0.0, 0.0, 0.25, 2.0]; "
                        + "the column has too few distinct values for n_knots=5 (use fewer knots or knots=uniform)");
        SplineTransformer.Fitted strict = spline(5, 3, Knots.UNIFORM, Extrapolation.ERROR, true).fit(data, null);
        assertThat(strict.transform(Frame.of(NumericColumn.of("x", 0, 8, Double.NaN))).rowCount()).isEqualTo(3);
        assertThatThrownBy(() -> strict.transform(Frame.of(NumericColumn.of("x", 1, 8.5))))
                .hasMessage("spline_transformer: column 'x' has 8.5 in row 1 (counting from 0), beyond the training "
                        + "range [0.0, 8.0] of its knots; extrapolation=error refuses it");
        assertThatThrownBy(() -> strict.transform(data.drop("x")))
                .hasMessage("spline_transformer needs column 'x', which the data does not have; columns: [g]");
        assertThatThrownBy(() -> new SplineTransformer(dev.lathe.prep.ColumnSelector.names("g"), 5, 3, Knots.UNIFORM,
                Extrapolation.CONSTANT, true).fit(data, null))
                .hasMessage("spline_transformer needs column 'g' to be numeric, it is categorical");
    }

    @Test
    void inconsistentLearnedStateIsRefused() {
        assertThatThrownBy(() -> new SplineTransformer.Fitted(List.of("x"), new double[][] {{0, 1, 2, 3, 4, 5, 6}}, 3,
                Extrapolation.CONSTANT, true)).hasMessage("column 'x' has 7 knots, fewer than 2 * degree + 2");
        assertThatThrownBy(() -> new SplineTransformer.Fitted(List.of("x"), new double[][] {{0, 1, 1, 3}}, 1,
                Extrapolation.CONSTANT, true)).hasMessage("knots of column 'x' do not ascend at position 2");
    }

    @Test
    void savesAndLoadsBitForBit() {
        Frame wide = Frame.of(NumericColumn.of("x", -3, 0, 1, 2, 3, 4, Double.NaN, 6, 7, 8, 12));
        for (Extrapolation e : List.of(Extrapolation.CONSTANT, Extrapolation.LINEAR, Extrapolation.CONTINUE)) {
            RoundTrip.assertSameTransform(spline(4, 2, Knots.QUANTILE, e, false).fit(data, null), wide);
        }
    }

    @Property(tries = 200)
    void insideTheRangeTheFunctionsAreNonNegativeAndSumToOne(@ForAll @IntRange(min = 2, max = 9) int nKnots,
                                                            @ForAll @IntRange(min = 1, max = 5) int degree,
                                                            @ForAll @DoubleRange(min = 0, max = 8) double x) {
        Frame out = spline(nKnots, degree, Knots.UNIFORM, Extrapolation.ERROR, true).fit(data, null)
                .transform(Frame.of(NumericColumn.of("x", x)));
        double sum = 0;
        for (int b = 0; b < out.columnCount(); b++) {
            double v = out.numeric("x_sp_" + b).get(0);
            assertThat(v).isGreaterThanOrEqualTo(-1e-15);
            sum += v;
        }
        assertThat(out.columnCount()).isEqualTo(nKnots + degree - 1);
        assertThat(sum).isCloseTo(1, within(1e-12));
    }
}
