package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Monotonic constraints (a property over random rows) and early stopping on given validation data. */
class MonotonicAndValidationTest {

    private static final Frame DIABETES = Datasets.diabetes();
    private static final Frame X = DIABETES.drop("progression");
    private static final Column Y = DIABETES.column("progression");
    private static final GradientBoostingRegressor.Fitted CONSTRAINED = ((GradientBoostingRegressor)
            new GradientBoostingRegressor().withParams(Map.of("max_iter", 40, "monotonic_cst",
                    Map.of("bmi", 1, "s3", -1)))).fit(X, Y);

    /** Predictions of row {@code row} with {@code feature} set to 25 values across its range. */
    private static double[] sweep(int row, String feature) {
        double[] v = ((NumericColumn) X.column(feature)).toArray();
        double lo = java.util.Arrays.stream(v).min().orElseThrow();
        double hi = java.util.Arrays.stream(v).max().orElseThrow();
        int[] rows = new int[25];
        java.util.Arrays.fill(rows, row);
        Frame x = X.take(rows);
        double[] grid = new double[25];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = lo - 0.01 + (hi - lo + 0.02) * i / 24;
        }
        return CONSTRAINED.predict(x.withColumn(NumericColumn.wrap(feature, grid)));
    }

    @Property(tries = 60)
    void predictionsRiseWithAnIncreasingFeatureAndFallWithADecreasingOne(@ForAll @IntRange(min = 0, max = 441) int row) {
        double[] up = sweep(row, "bmi");
        double[] down = sweep(row, "s3");
        for (int i = 1; i < up.length; i++) {
            assertThat(up[i]).isGreaterThanOrEqualTo(up[i - 1]);
            assertThat(down[i]).isLessThanOrEqualTo(down[i - 1]);
        }
    }

    @Property(tries = 5)
    void theConstraintStillLetsTheFeatureMatter(@ForAll @IntRange(min = 0, max = 441) int row) {
        double[] up = sweep(row, "bmi");
        assertThat(up[up.length - 1]).isGreaterThan(up[0]);
    }

    @Property(tries = 1)
    void badConstraintsAreClearErrors(@ForAll @IntRange(min = 2, max = 9) int bad) {
        assertThatThrownBy(() -> new GradientBoostingRegressor().withParams(Map.of("monotonic_cst", Map.of("bmi", bad))))
                .hasMessageContaining("monotonic_cst for 'bmi' must be -1, 0 or 1");
        assertThatThrownBy(() -> ((GradientBoostingRegressor) new GradientBoostingRegressor()
                .withParams(Map.of("monotonic_cst", Map.of("height", 1)))).fit(X, Y))
                .hasMessageContaining("monotonic_cst names 'height'").hasMessageContaining("bmi");
    }

    @Property(tries = 1)
    void earlyStoppingOnGivenValidationDataRecordsScoresAndTheBestIteration(@ForAll @IntRange(min = 0, max = 0) int s) {
        int n = X.rowCount();
        int[] train = java.util.stream.IntStream.range(0, n).filter(i -> i % 4 != 0).toArray();
        int[] valid = java.util.stream.IntStream.range(0, n).filter(i -> i % 4 == 0).toArray();
        GradientBoostingRegressor e = (GradientBoostingRegressor) new GradientBoostingRegressor()
                .withParams(Map.of("max_iter", 500, "learning_rate", 0.3, "n_iter_no_change", 5, "tol", 0));
        GradientBoostingRegressor.Fitted m = e.fit(X.take(train), Y.take(train), X.take(valid), Y.take(valid));
        assertThat(m.iterations()).isLessThan(500);
        double[] scores = m.validationScores();
        assertThat(scores).hasSize(m.iterations() + 1);
        assertThat(m.bestIteration()).isBetween(1, m.iterations());
        double best = java.util.Arrays.stream(scores).min().orElseThrow();
        assertThat(scores[m.bestIteration()]).isEqualTo(best);
        double[] yv = ((NumericColumn) Y.take(valid)).toArray();
        double[] p = m.predict(X.take(valid), m.bestIteration());
        double mse = 0;
        for (int i = 0; i < yv.length; i++) {
            mse += (yv[i] - p[i]) * (yv[i] - p[i]) / yv.length;
        }
        assertThat(mse / 2).as("squared error scores are half the mean squared error")
                .isCloseTo(best, org.assertj.core.api.Assertions.within(1e-6 * best));
        GradientBoostingRegressor.Fitted back = RoundTrip.saveAndLoad(m);
        assertThat(back.validationScores()).containsExactly(scores);
        assertThat(back.bestIteration()).isEqualTo(m.bestIteration());
        assertThat(e.fit(X, Y).validationScores()).isEmpty();
    }

    @Property(tries = 1)
    void badValidationDataAreClearErrors(@ForAll @IntRange(min = 0, max = 0) int s) {
        Frame iris = Datasets.iris();
        Frame x = iris.drop("species");
        Column y = iris.column("species");
        int[] two = java.util.stream.IntStream.range(0, 100).toArray();
        GradientBoostingClassifier c = (GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 5));
        assertThatThrownBy(() -> c.fit(x.take(two), y.take(two), x, y))
                .hasMessageContaining("validation target 'species' row 101").hasMessageContaining("not among");
        assertThatThrownBy(() -> c.fit(x, y, x.take(two), y)).hasMessageContaining("150 validation targets for 100");
        assertThatThrownBy(() -> c.fit(x, y, x.drop("petal_length"), y)).hasMessageContaining("petal_length");
        GradientBoostingClassifier.Fitted m = c.fit(x, y, x.take(two), y.take(two));
        assertThat(m.validationScores()).hasSize(m.iterations() + 1);
    }
}
