package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.RankDeficientException;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Ordinary and weighted least squares against scikit-learn's LinearRegression on diabetes (ols.json). */
class LinearRegressionTest {

    private static final JsonNode REF = JsonFixtures.read("linear/ols.json");
    private static final Frame DIABETES = Datasets.diabetes();
    private static final Frame X = DIABETES.drop("progression");
    private static final Column Y = DIABETES.column("progression");

    @Test
    void matchesScikitLearnWithAndWithoutIntercept() {
        assertThat(Fixtures.maxAbsDifference(new LinearRegression().fit(X, Y), REF.get("diabetes")))
                .isLessThan(1e-9);
        LeastSquaresModel noIntercept = new LinearRegression(false).fit(X, Y);
        assertThat(noIntercept.intercept()).isZero();
        assertThat(Fixtures.maxAbsDifference(noIntercept, REF.get("diabetes_no_intercept"))).isLessThan(1e-9);
    }

    @Test
    void sampleWeightsGiveWeightedLeastSquares() {
        double[] w = JsonFixtures.doubles(REF.get("diabetes_weights"));
        LeastSquaresModel m = new LinearRegression().fit(X, Y, w);
        assertThat(Fixtures.maxAbsDifference(m, REF.get("diabetes_weighted"))).isLessThan(1e-9);
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        Frame small = DIABETES.head(40);
        double[] w = new double[40];
        int[] repeated = new int[40 + 20];
        for (int i = 0, k = 0; i < 40; i++) {
            w[i] = i % 2 == 0 ? 2 : 1;
            repeated[k++] = i;
            if (i % 2 == 0) {
                repeated[k++] = i;
            }
        }
        LeastSquaresModel weighted = new LinearRegression().fit(small.drop("progression"), small.column("progression"), w);
        Frame copies = small.take(repeated);
        LeastSquaresModel plain = new LinearRegression().fit(copies.drop("progression"), copies.column("progression"));
        assertThat(weighted.intercept()).isCloseTo(plain.intercept(), within(1e-9));
        for (String f : weighted.features()) {
            assertThat(weighted.coefficient(f)).as(f).isCloseTo(plain.coefficient(f), within(1e-9));
        }
    }

    @Test
    void coefficientsByFeatureNameAndPredictionsByName() {
        LeastSquaresModel m = new LinearRegression().fit(X, Y);
        assertThat(m.coefficients().keySet()).containsExactlyElementsOf(X.names());
        assertThat(m.coefficient("bmi")).isEqualTo(m.coef()[2]);
        assertThatThrownBy(() -> m.coefficient("weight")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no feature 'weight'").hasMessageContaining("bmi");
        Frame reordered = X.select("s6", "s5", "s4", "s3", "s2", "s1", "bp", "bmi", "sex", "age");
        assertThat(m.predict(reordered)).containsExactly(m.predict(X));
        double[] p = m.predict(X.head(1));
        double expected = m.intercept();
        for (String f : X.names()) {
            expected += m.coefficient(f) * X.numeric(f).get(0);
        }
        assertThat(p[0]).isCloseTo(expected, within(1e-9));
        assertThatThrownBy(() -> m.predict(X.drop("s3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s3");
    }

    @Test
    void aDuplicatedFeatureIsNamed() {
        Frame x = X.withColumn(NumericColumn.wrap("twice_bmi", times(X.numeric("bmi"), 2)));
        assertThatThrownBy(() -> new LinearRegression().fit(x, Y)).isInstanceOf(RankDeficientException.class)
                .hasMessageContaining("rank deficient").hasMessageMatching("(?s).*'(twice_bmi|bmi)'.*");
    }

    @Test
    void aConstantFeatureIsNamedWhenThereIsAnIntercept() {
        double[] ones = new double[X.rowCount()];
        Arrays.fill(ones, 3);
        Frame x = X.withColumn(NumericColumn.wrap("three", ones));
        assertThatThrownBy(() -> new LinearRegression().fit(x, Y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'three' is constant").hasMessageContaining("intercept");
        assertThat(new LinearRegression(false).fit(x, Y).coefficient("three")).isFinite();
    }

    @Test
    void badSampleWeightsAreClearErrors() {
        LinearRegression ols = new LinearRegression();
        int n = X.rowCount();
        assertThatThrownBy(() -> ols.fit(X, Y, new double[n - 1]))
                .hasMessageContaining("441 sample weights for 442 rows");
        double[] negative = ones(n);
        negative[4] = -1;
        assertThatThrownBy(() -> ols.fit(X, Y, negative)).hasMessageContaining("row 5").hasMessageContaining("-1.0");
        double[] nan = ones(n);
        nan[0] = Double.NaN;
        assertThatThrownBy(() -> ols.fit(X, Y, nan)).hasMessageContaining("row 1").hasMessageContaining("NaN");
        double[] infinite = ones(n);
        infinite[1] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> ols.fit(X, Y, infinite)).hasMessageContaining("row 2");
        assertThatThrownBy(() -> ols.fit(X, Y, new double[n])).hasMessageContaining("all sample weights are 0");
        assertThatThrownBy(() -> ols.fit(X, Y, null)).hasMessageContaining("sample weights are missing");
    }

    @Test
    void aTargetOfTheWrongLengthOrTypeIsAClearError() {
        assertThatThrownBy(() -> new LinearRegression().fit(X, Y.take(new int[] {0, 1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 rows, the features 442");
        Column text = CategoricalColumn.of("y", new String[X.rowCount()]);
        assertThatThrownBy(() -> new LinearRegression().fit(X, text)).hasMessageContaining("numeric target");
    }

    @Test
    void savesAndLoadsWithNames() {
        LeastSquaresModel m = new LinearRegression().fit(X, Y);
        LeastSquaresModel back = RoundTrip.saveAndLoad(m);
        assertThat(back.likelihood()).isEqualTo(m.likelihood());
        assertThat(back.features()).isEqualTo(m.features());
        assertThat(back.coef()).containsExactly(m.coef());
        assertThat(back.intercept()).isEqualTo(m.intercept());
    }

    static double[] times(NumericColumn c, double factor) {
        double[] v = c.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }

    static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }
}
