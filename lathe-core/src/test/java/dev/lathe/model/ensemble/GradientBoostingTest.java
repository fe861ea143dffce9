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
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of the boosters beyond the shared checks: missing values, early stopping, stages, structure. */
class GradientBoostingTest {

    private static final Frame DIABETES = Datasets.diabetes();
    private static final Frame X = DIABETES.drop("progression");
    private static final Column Y = DIABETES.column("progression");

    private static GradientBoostingRegressor regressor(Map<String, ?> changes) {
        return (GradientBoostingRegressor) new GradientBoostingRegressor().withParams(changes);
    }

    private static Frame withMissing(Frame x, String column, int every) {
        double[] v = ((NumericColumn) x.column(column)).toArray();
        for (int i = 0; i < v.length; i += every) {
            v[i] = Double.NaN;
        }
        return x.withColumn(NumericColumn.wrap(column, v));
    }

    @Test
    void learnsFromMissingValuesAndSendsThemOneWay() {
        Frame x = withMissing(X, "bmi", 3);
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_iter", 20)).fit(x, Y);
        double[] p = m.predict(x);
        assertThat(Arrays.stream(p).allMatch(Double::isFinite)).isTrue();
        boolean usesBmi = m.trees().stream().anyMatch(t -> {
            for (int node = 0; node < t.nodeCount(); node++) {
                if (!t.isLeaf(node) && t.featureNames().get(t.feature(node)).equals("bmi")) {
                    return true;
                }
            }
            return false;
        });
        assertThat(usesBmi).isTrue();
    }

    @Test
    void missingIsLearnedWhenItCarriesTheSignal() {
        int n = 400;
        double[] a = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i % 2 == 0 ? Double.NaN : i % 7;
            y[i] = i % 2 == 0 ? 10 : 0;
        }
        Frame x = Frame.of(NumericColumn.wrap("a", a));
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_iter", 50, "min_samples_leaf", 5))
                .fit(x, NumericColumn.wrap("y", y));
        double[] p = m.predict(x);
        assertThat(p[0]).isCloseTo(10, within(0.1));
        assertThat(p[1]).isCloseTo(0, within(0.1));
    }

    @Test
    void predictionsFollowTheTreeStructures() {
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_iter", 15, "max_leaf_nodes", 7)).fit(X, Y);
        double[] p = m.predict(X);
        double[][] cols = dev.lathe.model.Features.matrix(X);
        for (int i = 0; i < p.length; i += 37) {
            double s = m.baseScore();
            for (TreeStructure t : m.trees()) {
                int node = 0;
                while (!t.isLeaf(node)) {
                    node = cols[t.feature(node)][i] <= t.threshold(node) ? t.left(node) : t.right(node);
                }
                s += t.value(node)[0];
            }
            assertThat(p[i]).isCloseTo(s, within(1e-9));
        }
        for (TreeStructure t : m.trees()) {
            assertThat(t.cover(0)).isEqualTo(X.rowCount());
            assertThat(Arrays.stream(new int[t.nodeCount()]).count()).isLessThanOrEqualTo(13);
        }
    }

    @Test
    void fitsTheTrainingDataAndLimitsLeavesAndDepth() {
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_leaf_nodes", 8, "max_depth", 2)).fit(X, Y);
        assertThat(dev.lathe.eval.RegressionMetrics.r2(targets(Y), m.predict(X))).isGreaterThan(0.6);
        for (TreeStructure t : m.trees()) {
            assertThat(t.nodeCount()).isLessThanOrEqualTo(7);
        }
    }

    private static double[] targets(Column y) {
        return dev.lathe.model.Targets.numeric(y);
    }

    @Test
    void earlyStoppingEndsBeforeMaxIter() {
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_iter", 500, "early_stopping", true,
                "n_iter_no_change", 5, "learning_rate", 0.3)).fit(X, Y);
        assertThat(m.iterations()).isLessThan(500).isGreaterThan(0);
    }

    @Test
    void stagedPredictionsStartAtTheBaseAndEndAtThePrediction() {
        GradientBoostingRegressor.Fitted m = regressor(Map.of("max_iter", 10)).fit(X, Y);
        assertThat(m.predict(X, 0)).containsOnly(m.baseScore());
        assertThat(m.predict(X, 10)).containsExactly(m.predict(X));
        assertThatThrownBy(() -> m.predict(X, 11)).hasMessageContaining("iterations must be in [0, 10]");
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheModel() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[] one = regressor(Map.of("max_iter", 20, "subsample", 0.8)).fit(X, Y).predict(X);
            Parallelism.setThreads(3);
            double[] three = regressor(Map.of("max_iter", 20, "subsample", 0.8)).fit(X, Y).predict(X);
            assertThat(three).containsExactly(one);
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void theNumberOfThreadsDoesNotChangeAModelBigEnoughToBeBuiltInPieces() {
        int n = 30_000;
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        Column[] columns = new Column[6];
        double[][] v = new double[6][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 6; j++) {
                v[j][i] = random.nextGaussian();
            }
            y[i] = v[0][i] + v[1][i] * v[2][i] > 0.3 * random.nextGaussian() ? 1 : 0;
        }
        for (int j = 0; j < 6; j++) {
            columns[j] = NumericColumn.wrap("x" + j, v[j]);
        }
        Frame x = Frame.of(columns);
        Column target = NumericColumn.wrap("y", y);
        Map<String, Integer> params = Map.of("max_iter", 5, "max_leaf_nodes", 15);
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[][] one = ((GradientBoostingClassifier) new GradientBoostingClassifier().withParams(params))
                    .fit(x, target).predictProba(x);
            Parallelism.setThreads(3);
            double[][] three = ((GradientBoostingClassifier) new GradientBoostingClassifier().withParams(params))
                    .fit(x, target).predictProba(x);
            assertThat(three).isDeepEqualTo(one);
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void quantizedGradientsCanBeTurnedOffAndSmallFitsDoNotDependOnThem() {
        assertThat(new FixedPointGradients(1000, 0, false).words()).isEqualTo(2);
        assertThat(new FixedPointGradients(1000, 0, true).words()).isEqualTo(1);
        assertThat(new GradientBoostingRegressor().quantizedGradients()).isTrue();
        GradientBoostingRegressor exact = regressor(Map.of("quantized_gradients", false));
        assertThat(exact.params()).containsEntry("quantized_gradients", false);
        // with few rows each gradient keeps thousands of rounding levels: the same splits, and leaf values come
        // from the exact sums either way
        assertThat(exact.fit(X, Y).predict(X)).containsExactly(regressor(Map.of()).fit(X, Y).predict(X),
                within(1e-9));
    }

    @Test
    void fitsOfMoreRowsThanPackedGradientsAllowUseTheExactWordsAndStillLearn() {
        int n = 600_000; // beyond about 466,000 rows a row keeps too few levels to pack: two exact words
        assertThat(new FixedPointGradients(n, 0, true).words()).isEqualTo(2);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextInt(10); // few distinct values: one bin each, so the thresholds are exact
            b[i] = random.nextInt(10);
            y[i] = a[i] > 4 == b[i] > 2 ? 1 : 0;
        }
        Frame x = Frame.of(NumericColumn.wrap("a", a), NumericColumn.wrap("b", b));
        GradientBoostingClassifier.Fitted m = ((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 3, "max_leaf_nodes", 4, "learning_rate", 1.0)))
                .fit(x, NumericColumn.wrap("y", y));
        double[][] p = m.predictProba(x);
        int right = 0;
        for (int i = 0; i < n; i++) {
            right += (p[i][1] > 0.5) == (y[i] == 1) ? 1 : 0;
        }
        assertThat(right).isEqualTo(n); // the XOR of two thresholds needs three splits, found exactly
    }

    @Test
    void otherLossesFitTheirTargets() {
        double[] y = targets(Y);
        for (String loss : new String[] {"absolute_error", "huber", "quantile", "poisson", "gamma"}) {
            GradientBoostingRegressor.Fitted m = regressor(Map.of("loss", loss, "max_iter", 50, "huber_delta", 30))
                    .fit(X, Y);
            double[] p = m.predict(X);
            assertThat(dev.lathe.eval.RegressionMetrics.r2(y, p)).as(loss).isGreaterThan(0.4);
        }
        GradientBoostingRegressor.Fitted q9 = regressor(Map.of("loss", "quantile", "quantile", 0.9, "max_iter", 50))
                .fit(X, Y);
        double[] p = q9.predict(X);
        long below = java.util.stream.IntStream.range(0, y.length).filter(i -> y[i] <= p[i]).count();
        assertThat((double) below / y.length).isBetween(0.8, 0.97);
    }

    @Test
    void badHyperparametersAndTargetsAreClearErrors() {
        assertThatThrownBy(() -> regressor(Map.of("max_bins", 256))).hasMessageContaining("max_bins must be in [2, 255]");
        assertThatThrownBy(() -> regressor(Map.of("learning_rate", 0))).hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> regressor(Map.of("max_leaf_nodes", 1))).hasMessageContaining("max_leaf_nodes");
        assertThatThrownBy(() -> regressor(Map.of("subsample", 0))).hasMessageContaining("subsample must be in (0, 1]");
        assertThatThrownBy(() -> regressor(Map.of("colsample", 1.5))).hasMessageContaining("colsample");
        assertThatThrownBy(() -> regressor(Map.of("quantile", 1))).hasMessageContaining("quantile must be in (0, 1)");
        assertThatThrownBy(() -> regressor(Map.of("validation_fraction", 1)))
                .hasMessageContaining("validation_fraction");
        assertThatThrownBy(() -> regressor(Map.of("loss", "cubic"))).hasMessageContaining("expects one of");
        double[] negative = targets(Y).clone();
        negative[4] = -1;
        assertThatThrownBy(() -> regressor(Map.of("loss", "poisson")).fit(X, NumericColumn.wrap("t", negative)))
                .hasMessageContaining("'t'").hasMessageContaining("row 5").hasMessageContaining("at least 0");
        assertThatThrownBy(() -> regressor(Map.of()).fit(X, Y, new double[3])).hasMessageContaining("3 sample weights");
        Frame text = X.withColumn(dev.lathe.frame.TextColumn.of("sex", java.util.Collections.nCopies(X.rowCount(), "a").toArray(new String[0])));
        assertThatThrownBy(() -> regressor(Map.of()).fit(text, Y)).hasMessageContaining("'sex'")
                .hasMessageContaining("encode it first");
    }

    @Test
    void weightsActLikeRepeatedRows() {
        int n = X.rowCount();
        double[] w = new double[n];
        int[] rows = new int[2 * n];
        for (int i = 0; i < n; i++) {
            w[i] = 2;
            rows[2 * i] = i;
            rows[2 * i + 1] = i;
        }
        GradientBoostingRegressor e = regressor(Map.of("max_iter", 3, "max_leaf_nodes", 4, "min_samples_leaf", 1));
        double[] weighted = e.fit(X, Y, w).predict(X);
        double[] repeated = e.fit(X.take(rows), Y.take(rows)).predict(X);
        assertThat(weighted).containsExactly(repeated, within(1e-6));
    }

    @Test
    void multinomialProbabilitiesSumToOne() {
        Frame iris = Datasets.iris();
        GradientBoostingClassifier.Fitted m = ((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 20))).fit(iris.drop("species"), iris.column("species"));
        assertThat(m.trees()).hasSize(60);
        for (double[] p : m.predictProba(iris.drop("species"))) {
            assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));
        }
        String[] labels = m.predict(iris.drop("species"));
        long right = java.util.stream.IntStream.range(0, labels.length)
                .filter(i -> labels[i].equals(iris.column("species").format(i))).count();
        assertThat(right).isGreaterThan(140);
    }
}
