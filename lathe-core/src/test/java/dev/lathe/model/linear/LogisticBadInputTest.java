package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every bad hyperparameter, weight or data set fails with a message a user can act on. */
class LogisticBadInputTest {

    private static final Frame IRIS = Datasets.iris();
    private static final Frame X = IRIS.drop("species");
    private static final Column Y = IRIS.column("species");

    private static Object with(String name, Object value) {
        return new LogisticRegression().withParams(Map.of(name, value));
    }

    @Test
    void hyperparametersHaveScikitLearnNamesAndDefaults() {
        assertThat(new LogisticRegression().params()).containsExactly(
                Map.entry("C", 1.0), Map.entry("penalty", LogisticRegression.Regularization.L2),
                Map.entry("l1_ratio", 0.5), Map.entry("max_iter", 100), Map.entry("tol", 1e-4),
                Map.entry("class_weight", LogisticRegression.ClassWeight.NONE), Map.entry("fit_intercept", true),
                Map.entry("multi_class", LogisticRegression.MultiClass.AUTO));
    }

    @Test
    void badHyperparametersNameTheParameterAndTheRange() {
        assertThatThrownBy(() -> with("C", 0)).hasMessage("C must be a finite number greater than 0, got 0.0");
        assertThatThrownBy(() -> with("C", Double.POSITIVE_INFINITY)).hasMessageContaining("C must be a finite");
        assertThatThrownBy(() -> with("l1_ratio", 1.5)).hasMessage("l1_ratio must be in [0.0, 1.0], got 1.5");
        assertThatThrownBy(() -> with("max_iter", 0)).hasMessage("max_iter must be at least 1, got 0");
        assertThatThrownBy(() -> with("tol", -1e-4)).hasMessageContaining("tol must be a finite number greater than 0");
        assertThatThrownBy(() -> with("penalty", "ridge"))
                .hasMessage("hyperparameter 'penalty' expects one of [elasticnet, l1, l2, none], got 'ridge'");
        assertThatThrownBy(() -> with("class_weight", "auto"))
                .hasMessage("hyperparameter 'class_weight' expects one of [balanced, none], got 'auto'");
        assertThatThrownBy(() -> with("multi_class", "ovo"))
                .hasMessage("hyperparameter 'multi_class' expects one of [auto, multinomial, ovr], got 'ovo'");
        assertThatThrownBy(() -> new LogisticRegression(1, null, 0.5, 100, 1e-4,
                LogisticRegression.ClassWeight.NONE, true, LogisticRegression.MultiClass.AUTO))
                .hasMessageContaining("penalty, class_weight and multi_class must be given");
        assertThatThrownBy(() -> with("solver", "saga")).hasMessageContaining("unknown hyperparameter 'solver'");
    }

    @Test
    void badSampleWeightsSayWhichRowAndWhy() {
        LogisticRegression e = new LogisticRegression();
        double[] w = new double[150];
        java.util.Arrays.fill(w, 1);
        assertThatThrownBy(() -> e.fit(X, Y, new double[149])).hasMessage("got 149 sample weights for 150 rows");
        w[7] = -1;
        assertThatThrownBy(() -> e.fit(X, Y, w))
                .hasMessage("sample weight of row 8 is -1.0; weights must be finite and at least 0");
        w[7] = Double.NaN;
        assertThatThrownBy(() -> e.fit(X, Y, w)).hasMessageContaining("sample weight of row 8 is NaN");
        w[7] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> e.fit(X, Y, w)).hasMessageContaining("sample weight of row 8 is Infinity");
        assertThatThrownBy(() -> e.fit(X, Y, new double[150])).hasMessageContaining("all sample weights are 0");
    }

    @Test
    void aTargetOfAnotherLengthIsAClearError() {
        assertThatThrownBy(() -> new LogisticRegression().fit(X.head(100), Y))
                .hasMessage("target 'species' has 150 rows, the features 100");
    }

    @Test
    void textFeaturesMustBeEncodedFirst() {
        String[] words = new String[150];
        java.util.Arrays.fill(words, "a");
        Frame x = X.withColumn(TextColumn.of("note", words));
        assertThatThrownBy(() -> new LogisticRegression().fit(x, Y)).hasMessageContaining("'note'")
                .hasMessageContaining("encode it first");
    }

    @Test
    void predictingWithoutATrainingColumnNamesIt() {
        LogisticRegression.Fitted m = new LogisticRegression().fit(X, Y);
        assertThatThrownBy(() -> m.predictProba(X.drop("petal_width"))).hasMessageContaining("petal_width");
    }

    @Test
    void predictingOnMissingValuesNamesTheColumnAndRow() {
        LogisticRegression.Fitted m = new LogisticRegression().fit(X, Y);
        double[] v = X.numeric("sepal_width").toArray();
        v[4] = Double.NaN;
        Frame bad = X.withColumn(NumericColumn.wrap("sepal_width", v));
        assertThatThrownBy(() -> m.predictProba(bad)).hasMessageContaining("'sepal_width'")
                .hasMessageContaining("row 5");
    }

    @Test
    void anInconsistentFittedModelIsRefused() {
        List<String> classes = List.of("a", "b", "c");
        assertThatThrownBy(() -> new LogisticRegression.Fitted(List.of("x"), classes, true, new double[2][1],
                new double[2], 1, true, Optional.empty(), Optional.empty()))
                .hasMessage("3 classes need 3 coefficient rows and intercepts, got 2 and 2");
        assertThatThrownBy(() -> new LogisticRegression.Fitted(List.of("x", "z"), List.of("a", "b"), false,
                new double[1][1], new double[1], 1, true, Optional.empty(), Optional.empty()))
                .hasMessage("2 features but a row of 1 coefficients");
    }
}
