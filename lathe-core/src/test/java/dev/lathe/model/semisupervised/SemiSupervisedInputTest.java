package dev.lathe.model.semisupervised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.bayes.GaussianNB;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Unlabelled rows, the iteration log, saving with unlabelled rows, and clear errors on bad input. */
class SemiSupervisedInputTest {

    private static final Frame X = JsonFixtures.rowsFrame(SemiSupervisedFixture.JSON.get("x"));

    @Test
    void missingCategoricalLabelsAreUnlabelledRows() {
        String[] labels = new String[X.rowCount()];
        double[] numeric = ((NumericColumn) SemiSupervisedFixture.target()).toArray();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Double.isNaN(numeric[i]) ? null : "c" + (int) numeric[i];
        }
        GraphLabelModel m = new LabelSpreading().fit(X, CategoricalColumn.of("y", labels));
        assertThat(m.classes()).containsExactly("c0", "c1", "c2");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != null) {
                assertThat(m.transduction()[i]).isEqualTo(labels[i]);
            }
        }
    }

    @Test
    void selfTrainingLogsEveryRoundAndSavesItsBase() {
        SelfTrainingModel m = new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Criterion.K_BEST,
                0.75, 7, 3).fit(X, SemiSupervisedFixture.target());
        assertThat(m.addedPerRound()).containsExactly(7, 7, 7);
        assertThat(m.termination()).isEqualTo("max_iter");
        long labelled = java.util.Arrays.stream(m.labelledIn()).filter(r -> r >= 0).count();
        assertThat(labelled).isEqualTo(20 + 21);
        SelfTrainingModel back = (SelfTrainingModel) RoundTrip.saveAndLoad(m);
        assertThat(back.labelledIn()).containsExactly(m.labelledIn());
        assertThat(back.predictProba(X)).isDeepEqualTo(m.predictProba(X));
    }

    @Test
    void badInputIsAClearError() {
        double[] none = new double[X.rowCount()];
        java.util.Arrays.fill(none, Double.NaN);
        assertThatThrownBy(() -> new LabelPropagation().fit(X, NumericColumn.wrap("y", none)))
                .hasMessageContaining("target 'y' has no labelled row (all 90 values are missing)");
        double[] one = none.clone();
        one[3] = 1;
        one[9] = 1;
        assertThatThrownBy(() -> new SelfTrainingClassifier(new GaussianNB()).fit(X, NumericColumn.wrap("y", one)))
                .hasMessageContaining("single class [1]");
        assertThatThrownBy(() -> new SelfTrainingClassifier(new LinearRegression()))
                .hasMessageContaining("needs a classifier as its base, got LinearRegression");
        assertThatThrownBy(() -> new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Criterion.THRESHOLD,
                1.0, 10, 10)).hasMessageContaining("threshold must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new LabelSpreading(GraphKernel.RBF, 20, 7, 1.0, 30, 1e-3))
                .hasMessageContaining("alpha must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> new LabelPropagation(GraphKernel.RBF, -1, 7, 1000, 1e-3))
                .hasMessageContaining("gamma must be a finite number above 0, got -1.0");
        assertThatThrownBy(() -> new LabelPropagation(GraphKernel.KNN, 20, 500, 1000, 1e-3)
                .fit(X, SemiSupervisedFixture.target())).hasMessageContaining("n_neighbors 500 exceeds the 90");
        assertThatThrownBy(() -> new LabelPropagation().fit(X, SemiSupervisedFixture.target())
                .predictProba(X.drop("x1"))).hasMessageContaining("x1");
    }
}
