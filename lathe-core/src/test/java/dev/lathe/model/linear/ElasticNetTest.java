package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.loss.Losses;
import dev.lathe.loss.Penalty;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lasso and ElasticNet against scikit-learn's, both run with tol 1e-12 (enet.json): on raw diabetes, on the
 * synthetic sparse set, without intercept and with sample weights.
 */
class ElasticNetTest {

    private static final JsonNode REF = JsonFixtures.read("linear/enet.json");
    private static final Frame DIABETES = Datasets.diabetes();
    private static final Frame X = DIABETES.drop("progression");
    private static final Column Y = DIABETES.column("progression");
    private static final Frame SPARSE = CsvFixtures.read("linear/sparse.csv");
    private static final int MAX_ITER = 1_000_000;
    private static final double TOL = 1e-12;

    @ParameterizedTest
    @CsvSource({"0.1, 1", "1.0, 1", "28.0, 1", "0.1, 0.1", "1.0, 0.1", "28.0, 0.1", "0.1, 0.5", "1.0, 0.5",
            "28.0, 0.5"})
    void matchesScikitLearnOnDiabetes(double alpha, double l1Ratio) {
        String key = l1Ratio == 1 ? "diabetes_lasso_" + alpha : "diabetes_enet_" + alpha + "_" + l1Ratio;
        ElasticNetModel m = new ElasticNet(alpha, l1Ratio, true, MAX_ITER, TOL).fit(X, Y);
        assertThat(m.converged()).isTrue();
        assertThat(Fixtures.maxAbsDifference(m, REF.get(key))).as(key).isLessThan(1e-8);
        // the same algorithm and stopping rule: the same number of sweeps, up to rounding at the threshold
        assertThat(m.iterations()).isCloseTo(REF.get(key).get("n_iter").asInt(), within(1 + m.iterations() / 100));
        assertThat(objective(m, X, Y)).isLessThanOrEqualTo(objective(REF.get(key), m, X, Y) * (1 + 1e-12));
    }

    @Test
    void matchesScikitLearnWithoutInterceptWithWeightsAndOnSyntheticData() {
        ElasticNetModel noIntercept = new Lasso(1.0, false, MAX_ITER, TOL).fit(X, Y);
        assertThat(noIntercept.intercept()).isZero();
        assertThat(Fixtures.maxAbsDifference(noIntercept, REF.get("diabetes_lasso_1.0_no_intercept")))
                .isLessThan(1e-8);
        double[] w = JsonFixtures.doubles(JsonFixtures.read("linear/ols.json").get("diabetes_weights"));
        assertThat(Fixtures.maxAbsDifference(new ElasticNet(1.0, 0.5, true, MAX_ITER, TOL).fit(X, Y, w),
                REF.get("diabetes_enet_1.0_0.5_weighted"))).isLessThan(1e-8);
        Frame sx = SPARSE.drop("y");
        Column sy = SPARSE.column("y");
        assertThat(Fixtures.maxAbsDifference(new Lasso(0.2, true, MAX_ITER, TOL).fit(sx, sy),
                REF.get("sparse_lasso_0.2"))).isLessThan(1e-8);
        assertThat(Fixtures.maxAbsDifference(new ElasticNet(0.2, 0.7, true, MAX_ITER, TOL).fit(sx, sy),
                REF.get("sparse_enet_0.2_0.7"))).isLessThan(1e-8);
    }

    @Test
    void theLassoSetsCoefficientsExactlyToZero() {
        ElasticNetModel m = new Lasso(28.0, true, MAX_ITER, TOL).fit(X, Y);
        double[] expected = JsonFixtures.doubles(REF.get("diabetes_lasso_28.0").get("coef"));
        for (int j = 0; j < expected.length; j++) {
            assertThat(m.coef()[j] == 0).as(X.names().get(j)).isEqualTo(expected[j] == 0);
        }
        assertThat(m.coefficient("age")).isZero();
    }

    @Test
    void lassoIsTheElasticNetWithL1RatioOne() {
        ElasticNetModel lasso = new Lasso(0.5, true, 500, 1e-6).fit(X, Y);
        ElasticNetModel enet = new ElasticNet(0.5, 1, true, 500, 1e-6).fit(X, Y);
        assertThat(lasso.coef()).containsExactly(enet.coef());
        assertThat(lasso.intercept()).isEqualTo(enet.intercept());
        assertThat(new Lasso().params().keySet()).containsExactly("alpha", "fit_intercept", "max_iter", "tol");
    }

    @Test
    void nonConvergenceIsReportedInTheModel() {
        ElasticNetModel m = new Lasso(0.1, true, 5, TOL).fit(X, Y);
        assertThat(m.converged()).isFalse();
        assertThat(m.iterations()).isEqualTo(5);
        assertThat(m.dualityGap()).isPositive();
        ElasticNetModel back = RoundTrip.saveAndLoad(m);
        assertThat(back.converged()).isFalse();
        assertThat(back.dualityGap()).isEqualTo(m.dualityGap());
    }

    @Test
    void integerWeightsEqualRepeatedRows() {
        Frame x = SPARSE.drop("y");
        Column y = SPARSE.column("y");
        double[] w = IntStream.range(0, x.rowCount()).mapToDouble(i -> 1 + i % 3).toArray();
        int[] rows = IntStream.range(0, x.rowCount()).flatMap(i -> IntStream.range(0, 1 + i % 3).map(r -> i)).toArray();
        ElasticNet enet = new ElasticNet(0.3, 0.6, true, MAX_ITER, TOL);
        ElasticNetModel weighted = enet.fit(x, y, w);
        ElasticNetModel repeated = enet.fit(x.take(rows), y.take(rows));
        assertThat(Fixtures.maxAbsDifference(weighted, coefficients(repeated))).isLessThan(1e-8);
    }

    @Test
    void fitsWithMoreFeaturesThanRows() {
        int[] rows = IntStream.range(0, 8).toArray();
        ElasticNetModel m = new Lasso(0.05, true, MAX_ITER, 1e-10).fit(SPARSE.drop("y").take(rows),
                SPARSE.column("y").take(rows));
        assertThat(m.converged()).isTrue();
        assertThat(Arrays.stream(m.coef()).filter(c -> c != 0).count()).isLessThanOrEqualTo(8);
    }

    @Test
    void aConstantFeatureGetsCoefficientZero() {
        double[] constant = new double[X.rowCount()];
        Arrays.fill(constant, 4.2);
        ElasticNetModel m = new ElasticNet().fit(X.withColumn(NumericColumn.wrap("c", constant)), Y);
        assertThat(m.coefficient("c")).isZero();
    }

    @Test
    void badHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> new ElasticNet(-1, 0.5, true, 10, 1e-4))
                .hasMessage("alpha must be a finite number at least 0, got -1.0");
        assertThatThrownBy(() -> new ElasticNet(1, 1.5, true, 10, 1e-4))
                .hasMessage("l1_ratio must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> new ElasticNet(1, 0.5, true, 0, 1e-4))
                .hasMessage("max_iter must be at least 1, got 0");
        assertThatThrownBy(() -> new ElasticNet(1, 0.5, true, 10, -1e-4)).hasMessageContaining("tol");
        assertThatThrownBy(() -> new Lasso(Double.POSITIVE_INFINITY, true, 10, 1e-4)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new ElasticNet().withParams(Map.of("l1_ratio", "lots")))
                .hasMessageContaining("l1_ratio").hasMessageContaining("a number");
    }

    @Test
    void badWeightsAreClearErrors() {
        double[] w = LinearRegressionTest.ones(X.rowCount());
        w[7] = -0.5;
        assertThatThrownBy(() -> new Lasso().fit(X, Y, w)).hasMessageContaining("row 8");
    }

    /** scikit-learn's objective, through Lathe's loss and penalty: mean squared error / 2 + penalty. */
    private static double objective(double[] coef, double intercept, ElasticNetModel m, Frame x, Column y) {
        LinearModel linear = new LinearModel(x.names(), coef, intercept);
        return Losses.squared().mean(((NumericColumn) y).toArray(), linear.predict(x))
                + new Penalty(m.alpha(), m.l1Ratio()).value(coef);
    }

    private static double objective(ElasticNetModel m, Frame x, Column y) {
        return objective(m.coef(), m.intercept(), m, x, y);
    }

    private static double objective(JsonNode reference, ElasticNetModel m, Frame x, Column y) {
        return objective(JsonFixtures.doubles(reference.get("coef")), reference.get("intercept").asDouble(), m, x, y);
    }

    private static JsonNode coefficients(LinearRegressor m) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode coef = node.putArray("coef");
        Arrays.stream(m.linear().coef()).forEach(coef::add);
        node.put("intercept", m.intercept());
        return node;
    }
}
