package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.RankDeficientException;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ridge against scikit-learn's Ridge (solver auto, i.e. Cholesky) on diabetes (ridge.json). */
class RidgeTest {

    private static final JsonNode REF = JsonFixtures.read("linear/ridge.json");
    private static final Frame DIABETES = Datasets.diabetes();
    private static final Frame X = DIABETES.drop("progression");
    private static final Column Y = DIABETES.column("progression");

    @Test
    void matchesScikitLearn() {
        assertThat(Fixtures.maxAbsDifference(new Ridge(1.0, true).fit(X, Y), REF.get("diabetes_alpha_1")))
                .isLessThan(1e-8);
        assertThat(Fixtures.maxAbsDifference(new Ridge(1000.0, true).fit(X, Y), REF.get("diabetes_alpha_1000")))
                .isLessThan(1e-8);
        assertThat(Fixtures.maxAbsDifference(new Ridge(10.0, false).fit(X, Y),
                REF.get("diabetes_alpha_10_no_intercept"))).isLessThan(1e-8);
    }

    @Test
    void sampleWeightsMatchScikitLearn() {
        double[] w = JsonFixtures.doubles(JsonFixtures.read("linear/ols.json").get("diabetes_weights"));
        assertThat(Fixtures.maxAbsDifference(new Ridge(10.0, true).fit(X, Y, w),
                REF.get("diabetes_alpha_10_weighted"))).isLessThan(1e-8);
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        double[] w = new double[X.rowCount()];
        int[] repeated = new int[X.rowCount() * 3];
        int k = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + i % 3;
            for (int r = 0; r < w[i]; r++) {
                repeated[k++] = i;
            }
        }
        int[] rows = Arrays.copyOf(repeated, k);
        LinearModel weighted = new Ridge(5, true).fit(X, Y, w);
        LinearModel copies = new Ridge(5, true).fit(X.take(rows), Y.take(rows));
        assertThat(weighted.intercept()).isCloseTo(copies.intercept(), within(1e-8));
        for (String f : X.names()) {
            assertThat(weighted.coefficient(f)).as(f).isCloseTo(copies.coefficient(f), within(1e-9));
        }
    }

    @Test
    void aConstantFeatureGetsCoefficientZero() {
        double[] seven = new double[X.rowCount()];
        Arrays.fill(seven, 7.1);
        LinearModel m = new Ridge().fit(X.withColumn(NumericColumn.wrap("seven", seven)), Y);
        assertThat(m.coefficient("seven")).isCloseTo(0, within(1e-12));
    }

    @Test
    void fitsWithMoreFeaturesThanRows() {
        LinearModel m = new Ridge().fit(X.head(6), Y.take(new int[] {0, 1, 2, 3, 4, 5}));
        assertThat(m.coef()).hasSize(10);
        assertThat(Arrays.stream(m.coef()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void anAlphaTooSmallToSeparateDuplicatedFeaturesIsNamed() {
        Frame x = X.withColumn(NumericColumn.wrap("twice_bmi", LinearRegressionTest.times(X.numeric("bmi"), 2)));
        assertThatThrownBy(() -> new Ridge(1e-30, true).fit(x, Y)).isInstanceOf(RankDeficientException.class)
                .hasMessageMatching("(?s).*'(twice_bmi|bmi)'.*").hasMessageContaining("increase alpha");
    }

    @Test
    void alphaMustBePositive() {
        assertThatThrownBy(() -> new Ridge(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be a finite number greater than 0, got 0.0");
        assertThatThrownBy(() -> new Ridge(Double.NaN, true)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new Ridge().withParams(Map.of("alpha", -2))).hasMessageContaining("alpha")
                .hasMessageContaining("-2.0");
        assertThat(new Ridge().params()).containsEntry("alpha", 1.0).containsEntry("fit_intercept", true);
    }

    @Test
    void badWeightsAreClearErrors() {
        assertThatThrownBy(() -> new Ridge().fit(X, Y, new double[3]))
                .hasMessageContaining("3 sample weights for 442 rows");
    }
}
