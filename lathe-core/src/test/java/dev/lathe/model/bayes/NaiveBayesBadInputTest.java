package dev.lathe.model.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input to the naive Bayes models fails with messages that say what to fix. */
class NaiveBayesBadInputTest {

    private static final Column Y = CategoricalColumn.of("y", new String[] {"a", "a", "b", "b"});

    private static Frame x(double[]... columns) {
        NumericColumn[] out = new NumericColumn[columns.length];
        for (int j = 0; j < columns.length; j++) {
            out[j] = NumericColumn.wrap("f" + j, columns[j]);
        }
        return Frame.of(out);
    }

    @Test
    void negativeCountsAreRefusedByTheCountModels() {
        Frame bad = x(new double[] {1, 2, -1, 0}, new double[] {0, 1, 1, 1});
        assertThatThrownBy(() -> new MultinomialNB().fit(bad, Y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'f0'").hasMessageContaining("negative value -1.0 in row 3");
        assertThatThrownBy(() -> new ComplementNB().fit(bad, Y)).hasMessageContaining("negative value");
    }

    @Test
    void aFeatureConstantWithinAClassIsSmoothedAsScikitLearnDoes() {
        GaussianNbModel m = new GaussianNB().fit(x(new double[] {1, 1, 2, 3}, new double[] {5, 5, 5, 5}), Y);
        assertThat(m.epsilon()).isEqualTo(1e-9 * 0.6875);
        assertThat(m.predict(x(new double[] {1, 2.5}, new double[] {5, 5}))).containsExactly("a", "b");
    }

    @Test
    void onlyConstantFeaturesLeaveNothingToSmoothWith() {
        assertThatThrownBy(() -> new GaussianNB().fit(x(new double[] {5, 5, 5, 5}), Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature 'f0' has zero variance within class 'a'")
                .hasMessageContaining("raise var_smoothing");
    }

    @Test
    void aQueryWithoutAFittedFeatureIsAClearError() {
        GaussianNbModel m = new GaussianNB().fit(x(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3}), Y);
        assertThatThrownBy(() -> m.predict(x(new double[] {1})))
                .hasMessageContaining("fitted on 2 features").hasMessageContaining("lacks 'f1'");
    }

    @Test
    void categoryCodesMustBeWholeAndSeen() {
        CategoricalNbModel m = new CategoricalNB().fit(x(new double[] {0, 1, 2, 1}), Y);
        assertThatThrownBy(() -> new CategoricalNB().fit(x(new double[] {0, 1.5, 2, 1}), Y))
                .hasMessageContaining("value 1.5 in row 2").hasMessageContaining("category codes");
        assertThatThrownBy(() -> m.predict(x(new double[] {3})))
                .hasMessageContaining("category 3 in row 1, unseen in training (codes 0 to 2)");
    }

    @Test
    void partialFitRefusesLabelsTheModelDoesNotKnow() {
        CountingNbModel m = new MultinomialNB().fit(x(new double[] {1, 2, 3, 4}), Y);
        assertThatThrownBy(() -> m.partialFit(x(new double[] {1}), CategoricalColumn.of("y", new String[] {"z"})))
                .hasMessageContaining("label 'z' in row 1, which the model was not fitted with");
    }

    @Test
    void priorsAreChecked() {
        assertThatThrownBy(() -> new GaussianNB(List.of(0.5, 0.6), 1e-9)).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new MultinomialNB(1, true, List.of(0.2, 0.3, 0.5))
                .fit(x(new double[] {1, 2, 3, 4}), Y)).hasMessageContaining("3 values for 2 classes");
    }
}
