package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fits without a maximum-likelihood log-likelihood refuse AIC and BIC with a message that says why. */
class LikelihoodRefusalTest {

    private static final Frame IRIS = Datasets.iris();
    private static final Frame X = IRIS.select("sepal_length", "sepal_width");

    private static LogisticRegression.Fitted fit(Map<String, Object> params) {
        return ((LogisticRegression) new LogisticRegression().withParams(params)).fit(X, IRIS.column("species"));
    }

    @Test
    void penalisedLogisticRegressionRefuses() {
        LogisticRegression.Fitted m = fit(Map.of());
        assertThatThrownBy(m::aic).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("this logistic regression has no likelihood: AIC and BIC need a"
                        + " maximum-likelihood fit (penalty none, no sample or class weights, binary or multinomial,"
                        + " not one-vs-rest)");
        assertThatThrownBy(RoundTrip.saveAndLoad(m)::bic).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void oneVersusRestAndWeightedLogisticRegressionRefuse() {
        assertThatThrownBy(fit(Map.of("penalty", "none", "multi_class", "ovr"))::logLikelihood)
                .hasMessageContaining("not one-vs-rest");
        assertThatThrownBy(fit(Map.of("penalty", "none", "class_weight", "balanced"))::parameterCount)
                .hasMessageContaining("no sample or class weights");
        double[] ones = new double[IRIS.rowCount()];
        Arrays.fill(ones, 1);
        LogisticRegression none = (LogisticRegression) new LogisticRegression().withParams(Map.of("penalty", "none"));
        assertThatThrownBy(none.fit(X, IRIS.column("species"), ones)::aic)
                .hasMessageContaining("no sample or class weights");
    }

    @Test
    void anExactLeastSquaresFitRefuses() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = Arrays.stream(x).map(v -> 2 * v + 1).toArray();
        LeastSquaresModel m = new LinearRegression().fit(Frame.of(NumericColumn.of("x", x)), NumericColumn.of("y", y));
        assertThat(m.coefficient("x")).isEqualTo(2.0);
        assertThatThrownBy(m::aic).isInstanceOf(IllegalStateException.class)
                .hasMessage("the least-squares fit is exact (every residual is 0), so its Gaussian log-likelihood"
                        + " is infinite and AIC and BIC are undefined");
        assertThatThrownBy(new PolynomialRegression(1).fit(Frame.of(NumericColumn.of("x", x)),
                NumericColumn.of("y", y))::bic).hasMessageContaining("its fit is exact");
    }
}
