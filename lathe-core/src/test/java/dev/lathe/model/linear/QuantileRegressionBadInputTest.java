package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.math.RankDeficientException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bad input to quantile regression fails with a message that says what is wrong. */
class QuantileRegressionBadInputTest {

    private static final Frame ENGEL = EngelData.engel();
    private static final Frame X = ENGEL.select("income");
    private static final Column Y = ENGEL.column("foodexp");

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void aQuantileOutsideTheOpenUnitInterval(double q) {
        assertThatThrownBy(() -> new QuantileRegression(q)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile must be strictly between 0 and 1, got " + q);
        assertThatThrownBy(() -> new QuantileRegression().withParams(Map.of("quantile", q)))
                .hasMessageContaining("quantile must be strictly between 0 and 1");
    }

    @Test
    void solverSettingsOutOfRange() {
        assertThatThrownBy(() -> new QuantileRegression(0.5, true, 0, 1e-9))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("max_iter must be at least 1, got 0");
        assertThatThrownBy(() -> new QuantileRegression(0.5, true, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tol must be")
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> new QuantileRegression(0.5, true, 100, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tol must be");
    }

    @Test
    void aMissingTargetValue() {
        double[] y = ((NumericColumn) Y).toArray();
        y[4] = Double.NaN;
        assertThatThrownBy(() -> new QuantileRegression().fit(X, NumericColumn.wrap("foodexp", y)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target 'foodexp' has a missing value in row 5");
    }

    @Test
    void aTargetOfAnotherLength() {
        assertThatThrownBy(() -> new QuantileRegression().fit(X, Y.take(new int[] {0, 1, 2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target 'foodexp' has 3 rows, the features 235");
    }

    @Test
    void fewerRowsThanParameters() {
        Frame x = Frame.of(NumericColumn.of("a", 1, 2), NumericColumn.of("b", 3, 5));
        assertThatThrownBy(() -> new QuantileRegression().fit(x, NumericColumn.of("y", 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile regression needs at least as many rows as parameters: 2 rows for 3 parameters"
                        + " ((intercept), a, b)");
    }

    @Test
    void aFeatureThatIsAMultipleOfAnother() {
        double[] income = ((NumericColumn) X.column("income")).toArray();
        double[] twice = income.clone();
        for (int i = 0; i < twice.length; i++) {
            twice[i] *= 2;
        }
        Frame x = X.withColumn(NumericColumn.wrap("twice", twice));
        assertThatThrownBy(() -> new QuantileRegression().fit(x, Y)).isInstanceOf(RankDeficientException.class)
                .hasMessageStartingWith("the design is rank deficient: '")
                .hasMessageContaining("is a linear combination of the other columns")
                .hasMessageMatching(".*'(income|twice)'.*");
    }

    @Test
    void aConstantFeatureBesideTheIntercept() {
        double[] constant = new double[X.rowCount()];
        Arrays.fill(constant, 3);
        Frame x = X.withColumn(NumericColumn.wrap("constant", constant));
        assertThatThrownBy(() -> new QuantileRegression().fit(x, Y)).isInstanceOf(RankDeficientException.class)
                .hasMessageMatching("the design is rank deficient: '(\\(intercept\\)|constant)' is a linear"
                        + " combination of the other columns.*");
    }

    @Test
    void tooFewStepsAllowed() {
        assertThatThrownBy(() -> new QuantileRegression(0.75, true, 1, 1e-9).fit(X, Y))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("quantile regression did not reach the exact optimum within max_iter = 1 simplex steps;"
                        + " raise max_iter");
    }

    @Test
    void predictingWithoutAFeatureColumn() {
        QuantileRegression.Fitted m = new QuantileRegression().fit(X, Y);
        assertThatThrownBy(() -> m.predict(ENGEL.select("foodexp"))).isInstanceOf(UnknownColumnException.class)
                .hasMessageContaining("income");
    }

    @Test
    void aSummaryWithoutResidualDegreesOfFreedom() {
        Frame x = X.head(2);
        Column y = Y.take(new int[] {0, 1});
        QuantileRegression.Fitted m = new QuantileRegression().fit(x, y);
        assertThatThrownBy(() -> m.summary(x, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standard errors need more rows than parameters: 2 rows for 2 parameters leave no"
                        + " residual degrees of freedom");
    }

    @Test
    void aSummaryAtAnExtremeQuantileOfFewRows() {
        Frame x = X.head(20);
        Column y = Y.take(IntStream.range(0, 20).toArray());
        QuantileRegression.Fitted m = new QuantileRegression(0.02).fit(x, y);
        assertThatThrownBy(() -> m.summary(x, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("standard errors at quantile 0.02 need more rows: for 20 rows the"
                        + " Hall-Sheather bandwidth is ")
                .hasMessageEndingWith(", which reaches outside (0, 1)");
    }

    @Test
    void aSummaryOfAConstantTarget() {
        double[] constant = new double[X.rowCount()];
        Arrays.fill(constant, 4);
        Column y = NumericColumn.wrap("y", constant);
        QuantileRegression.Fitted m = new QuantileRegression().fit(X, y);
        assertThatThrownBy(() -> m.summary(X, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("standard errors need residuals that vary: the target is constant");
    }

    @Test
    void aSummaryOnATargetOfAnotherLength() {
        QuantileRegression.Fitted m = new QuantileRegression().fit(X, Y);
        assertThatThrownBy(() -> m.summary(X, Y.take(new int[] {0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("target 'foodexp' has 1 rows, the features 235");
    }

    @Test
    void anUnknownSummaryTerm() {
        QuantileSummary s = new QuantileRegression().fit(X, Y).summary(X, Y);
        assertThatThrownBy(() -> s.term("wealth")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no term 'wealth'; terms: (intercept), income");
    }
}
