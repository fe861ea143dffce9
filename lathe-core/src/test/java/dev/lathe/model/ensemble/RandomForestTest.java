package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.parallel.Parallelism;
import dev.lathe.pipeline.RoundTrip;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Random forests: determinism across thread counts, out-of-bag estimates, class weights, quantiles, errors. */
class RandomForestTest {

    private static final Frame CANCER = Datasets.breastCancer();
    private static final Frame X = CANCER.drop("diagnosis");
    private static final Column Y = CANCER.column("diagnosis");
    private static final Frame DIABETES = Datasets.diabetes();

    private static RandomForestClassifier classifier(Map<String, ?> settings) {
        return (RandomForestClassifier) new RandomForestClassifier().withParams(settings);
    }

    private static RandomForestRegressor regressor(Map<String, ?> settings) {
        return (RandomForestRegressor) new RandomForestRegressor().withParams(settings);
    }

    @Test
    void theSameSeedGivesTheSameForestWhateverTheThreadCount() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[][] one = classifier(Map.of("n_estimators", 20)).fit(X, Y).predictProba(X);
            Parallelism.setThreads(3);
            double[][] three = classifier(Map.of("n_estimators", 20)).fit(X, Y).predictProba(X);
            assertThat(three).isDeepEqualTo(one);
        } finally {
            Parallelism.setThreads(before);
        }
        double[][] otherSeed = classifier(Map.of("n_estimators", 20, "random_state", 9)).fit(X, Y).predictProba(X);
        assertThat(Arrays.deepEquals(otherSeed, classifier(Map.of("n_estimators", 20)).fit(X, Y).predictProba(X)))
                .isFalse();
    }

    @Test
    void outOfBagScoreEstimatesTheAccuracy() {
        ForestClassifierModel m = classifier(Map.of("n_estimators", 50, "oob_score", true)).fit(X, Y);
        assertThat(m.oobScore()).isBetween(0.93, 0.99);
        double[][] oob = m.oobProba();
        assertThat(oob).hasNumberOfRows(X.rowCount());
        assertThat(Arrays.stream(oob).filter(r -> !Double.isNaN(r[0])).count()).isEqualTo(X.rowCount());
        ForestClassifierModel back = (ForestClassifierModel) RoundTrip.saveAndLoad(m);
        assertThat(back.oobProba()).isDeepEqualTo(oob);
        assertThat(back.oobScore()).isEqualTo(m.oobScore());
        assertThatThrownBy(() -> classifier(Map.of("n_estimators", 5)).fit(X, Y).oobProba())
                .hasMessageContaining("oob_score=true");
    }

    @Test
    void regressionOutOfBagAndQuantiles() {
        Frame x = DIABETES.drop("progression");
        Column y = DIABETES.column("progression");
        ForestRegressorModel m = regressor(Map.of("n_estimators", 60, "oob_score", true, "quantile_regression", true,
                "min_samples_leaf", 5)).fit(x, y);
        assertThat(m.oobScore()).isBetween(0.3, 0.6);
        double[] low = m.predictQuantile(x, 0.1);
        double[] median = m.predictQuantile(x, 0.5);
        double[] high = m.predictQuantile(x, 0.9);
        double[] truth = ((NumericColumn) y).toArray();
        int inside = 0;
        for (int i = 0; i < truth.length; i++) {
            assertThat(low[i]).isLessThanOrEqualTo(median[i]);
            assertThat(median[i]).isLessThanOrEqualTo(high[i]);
            inside += truth[i] >= low[i] && truth[i] <= high[i] ? 1 : 0;
        }
        assertThat((double) inside / truth.length).isGreaterThan(0.8);
        ForestRegressorModel back = (ForestRegressorModel) RoundTrip.saveAndLoad(m);
        assertThat(back.predictQuantile(x, 0.9)).containsExactly(high);
        assertThatThrownBy(() -> regressor(Map.of("n_estimators", 3)).fit(x, y).predictQuantile(x, 0.5))
                .hasMessageContaining("quantile_regression=true");
        assertThatThrownBy(() -> m.predictQuantile(x, 1.5)).hasMessageContaining("q must be in");
    }

    @Test
    void balancedClassWeightsRaiseTheRareClass() {
        int[] rows = java.util.stream.IntStream.range(0, X.rowCount())
                .filter(i -> Y.format(i).equals("benign") || i % 6 == 0).toArray();
        Frame x = X.take(rows);
        Column y = Y.take(rows);
        double plain = meanMalignant(classifier(Map.of("n_estimators", 30, "max_depth", 2)).fit(x, y), x);
        double balanced = meanMalignant(classifier(Map.of("n_estimators", 30, "max_depth", 2,
                "class_weight", "balanced")).fit(x, y), x);
        double subsample = meanMalignant(classifier(Map.of("n_estimators", 30, "max_depth", 2,
                "class_weight", "balanced_subsample")).fit(x, y), x);
        assertThat(balanced).isGreaterThan(plain);
        assertThat(subsample).isGreaterThan(plain);
    }

    private static double meanMalignant(ForestClassifierModel m, Frame x) {
        int k = m.classes().indexOf("malignant");
        return Arrays.stream(m.predictProba(x)).mapToDouble(r -> r[k]).average().orElseThrow();
    }

    @Test
    void exposesItsTreesAndImportances() {
        ForestClassifierModel m = classifier(Map.of("n_estimators", 7, "max_depth", 3)).fit(X, Y);
        List<TreeStructure> trees = m.trees();
        assertThat(trees).hasSize(7);
        assertThat(trees.get(0).featureNames()).isEqualTo(X.names());
        assertThat(Arrays.stream(m.featureImportances()).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void exactSplitsAndSubsamplesWork() {
        ForestClassifierModel exact = classifier(Map.of("n_estimators", 10, "max_bins", 0, "max_samples", 0.5))
                .fit(X, Y);
        assertThat(exact.trees().get(0).cover(0)).isCloseTo(X.rowCount() / 2.0, within(1.0));
    }

    @Test
    void badSettingsAreClearErrors() {
        assertThatThrownBy(() -> classifier(Map.of("n_estimators", 0))).hasMessageContaining("n_estimators must be at least 1");
        assertThatThrownBy(() -> classifier(Map.of("max_samples", 1.5))).hasMessageContaining("max_samples must be in");
        assertThatThrownBy(() -> classifier(Map.of("bootstrap", false, "oob_score", true)))
                .hasMessageContaining("oob_score needs bootstrap=true");
        assertThatThrownBy(() -> classifier(Map.of("bootstrap", false, "max_samples", 0.5)))
                .hasMessageContaining("max_samples needs bootstrap=true");
        assertThatThrownBy(() -> classifier(Map.of("max_bins", 1))).hasMessageContaining("max_bins must be 0");
        assertThatThrownBy(() -> classifier(Map.of("class_weight", "heavy")))
                .hasMessageContaining("class_weight must be balanced, balanced_subsample, a map from class label to weight, or empty");
        assertThatThrownBy(() -> regressor(Map.of("criterion", "entropy")))
                .hasMessageContaining("criterion must be one of squared_error, absolute_error, poisson");
    }
}
