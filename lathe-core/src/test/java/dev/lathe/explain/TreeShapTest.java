package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.Model;
import dev.lathe.model.ensemble.ExtraTreesClassifier;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.model.ensemble.RandomForestRegressor;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.DecisionTreeClassifier;
import dev.lathe.model.tree.DecisionTreeRegressor;
import dev.lathe.model.tree.TreeExplainable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exact TreeSHAP against Shapley values computed from their definition (every coalition of at most 8
 * features), for every tree model kind: path-dependent and interventional values, interaction values, and
 * additivity on every row.
 */
class TreeShapTest {

    private static final Frame DATA = ExplainData.regression(400, 7);
    private static final Frame X = DATA.drop("y");

    private static GradientBoostingRegressor.Fitted boosting() {
        return ((GradientBoostingRegressor) new GradientBoostingRegressor()
                .withParams(Map.of("max_iter", 15, "max_leaf_nodes", 8, "min_samples_leaf", 5)))
                .fit(X, DATA.column("y"));
    }

    /** Path-dependent TreeSHAP of rows 0..rows-1 equals the brute-force Shapley values of Algorithm 1's game. */
    private static void assertPathDependentExact(TreeExplainable model, Frame x, int rows) {
        Explanation e = TreeShap.of(model).explain(x);
        AdditiveTrees trees = model.additiveTrees();
        double[][] columns = model.treeInputs(x);
        int m = trees.features().size();
        assertThat(m).isLessThanOrEqualTo(8);
        for (int k = 0; k < trees.outputs().size(); k++) {
            int output = k;
            for (int i = 0; i < rows; i++) {
                double[] row = TreeGames.row(columns, i);
                double[] expected = Shapley.values(m, s -> TreeGames.pathDependent(trees, row, s, output));
                for (int j = 0; j < m; j++) {
                    assertThat(e.values()[k][i][j]).as("output %d row %d feature %d", k, i, j)
                            .isCloseTo(expected[j], within(1e-9));
                }
                assertThat(e.expectedValue()[k]).isCloseTo(
                        TreeGames.pathDependent(trees, row, new boolean[m], output), within(1e-9));
            }
        }
        assertThat(e.additivityError()).isLessThan(1e-9);
    }

    @Test
    void pathDependentBoostingRegressorWithMissingAndCategoricalSplitsIsExact() {
        GradientBoostingRegressor.Fitted model = boosting();
        assertPathDependentExact(model, X, 25);
        Explanation e = TreeShap.of(model).explain(X);
        assertThat(e.method()).isEqualTo("tree_path_dependent");
        assertThat(e.features()).containsExactly("a", "b", "c", "d", "e", "colour");
        double[] predicted = model.predict(X);
        for (int i = 0; i < predicted.length; i++) {
            assertThat(e.predictions()[0][i]).isCloseTo(predicted[i], within(1e-9));
        }
        // 'a' drives the target most; 'd' is noise
        int[] ranking = e.ranking(0);
        assertThat(X.names().get(ranking[0])).isEqualTo("a");
        assertThat(e.importance(0)[3]).isLessThan(e.importance(0)[0] / 5);
    }

    @Test
    void pathDependentDecisionTreesAreExact() {
        Frame numeric = ExplainData.numeric(300, 3);
        DecisionTreeRegressor tree = (DecisionTreeRegressor) new DecisionTreeRegressor()
                .withParams(Map.of("max_depth", 6));
        assertPathDependentExact(tree.fit(numeric.drop("y"), numeric.column("y")), numeric.drop("y"), 20);
        Frame iris = Datasets.iris();
        DecisionTreeClassifier cart = (DecisionTreeClassifier) new DecisionTreeClassifier()
                .withParams(Map.of("max_depth", 4));
        assertPathDependentExact(cart.fit(iris.drop("species"), iris.column("species")), iris.drop("species"), 20);
    }

    @Test
    void pathDependentForestsAreExact() {
        Frame numeric = ExplainData.numeric(300, 4);
        RandomForestRegressor rf = (RandomForestRegressor) new RandomForestRegressor()
                .withParams(Map.of("n_estimators", 5, "max_depth", 5));
        assertPathDependentExact(rf.fit(numeric.drop("y"), numeric.column("y")), numeric.drop("y"), 10);
        Frame iris = Datasets.iris();
        ExtraTreesClassifier et = (ExtraTreesClassifier) new ExtraTreesClassifier()
                .withParams(Map.of("n_estimators", 5, "max_depth", 4));
        assertPathDependentExact(et.fit(iris.drop("species"), iris.column("species")), iris.drop("species"), 10);
    }

    @Test
    void pathDependentBoostingClassifiersExplainTheRawScore() {
        Frame binary = ExplainData.binary(400, 11);
        Frame x = binary.drop("label");
        GradientBoostingClassifier gb = (GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 10, "max_leaf_nodes", 6));
        GradientBoostingClassifier.Fitted model = gb.fit(x, binary.column("label"));
        assertPathDependentExact(model, x, 15);
        Explanation e = TreeShap.of(model).explain(x);
        assertThat(e.outputs()).containsExactly("yes");
        assertThat(e.scale()).isEqualTo("log-odds");
        double[][] p = model.predictProba(x);
        for (int i = 0; i < p.length; i++) {
            assertThat(e.predictions()[0][i]).isCloseTo(Math.log(p[i][1] / p[i][0]), within(1e-9));
        }
        Frame iris = Datasets.iris();
        assertPathDependentExact(gb.fit(iris.drop("species"), iris.column("species")), iris.drop("species"), 10);
    }

    @Test
    void interventionalBoostingEqualsBruteForceAgainstTheSameBackground() {
        GradientBoostingRegressor.Fitted model = boosting();
        Background background = Background.of(X.take(new int[] {3, 50, 77, 120, 199, 250, 333}));
        Explanation e = TreeShap.of(model).explain(X, background);
        assertThat(e.additivityError()).isLessThan(1e-9);
        assertThat(e.method()).isEqualTo("tree_interventional");
        double mean = 0;
        for (double v : model.predict(background.rows())) {
            mean += v / background.size();
        }
        assertThat(e.expectedValue()[0]).isCloseTo(mean, within(1e-9));
        for (int i = 0; i < 8; i++) {
            int row = i;
            double[] expected = Shapley.values(6, s -> {
                double[] p = model.predict(TreeGames.hybrid(X, row, background.rows(), s));
                return java.util.Arrays.stream(p).average().orElseThrow();
            });
            for (int j = 0; j < 6; j++) {
                assertThat(e.values()[0][i][j]).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void interventionalHonoursBackgroundWeights() {
        GradientBoostingRegressor.Fitted model = boosting();
        Frame two = X.take(new int[] {5, 9});
        Background weighted = new Background(two, new double[] {3, 1});
        Background repeated = Background.of(X.take(new int[] {5, 5, 5, 9}));
        Explanation a = TreeShap.of(model).explain(X.head(10), weighted);
        Explanation b = TreeShap.of(model).explain(X.head(10), repeated);
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(a.values()[0][i][j]).isCloseTo(b.values()[0][i][j], within(1e-12));
            }
        }
    }

    @Test
    void interactionValuesEqualTheShapleyInteractionIndex() {
        GradientBoostingRegressor.Fitted model = boosting();
        AdditiveTrees trees = model.additiveTrees();
        Interactions inter = TreeShap.of(model).interactions(X.head(6));
        Explanation e = TreeShap.of(model).explain(X.head(6));
        double[][] columns = model.treeInputs(X.head(6));
        for (int i = 0; i < 6; i++) {
            double[] row = TreeGames.row(columns, i);
            double[][] expected = Shapley.interactions(6, s -> TreeGames.pathDependent(trees, row, s, 0));
            double total = inter.expectedValue()[0];
            for (int a = 0; a < 6; a++) {
                double rowSum = 0;
                for (int b = 0; b < 6; b++) {
                    assertThat(inter.values()[0][i][a][b]).as("row %d [%d][%d]", i, a, b)
                            .isCloseTo(expected[a][b], within(1e-9));
                    rowSum += inter.values()[0][i][a][b];
                }
                assertThat(rowSum).isCloseTo(e.values()[0][i][a], within(1e-9));
                total += rowSum;
            }
            assertThat(total).isCloseTo(inter.predictions()[0][i], within(1e-9));
        }
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                assertThat(inter.values()[0][3][a][b]).isCloseTo(inter.values()[0][3][b][a], within(1e-9));
            }
        }
    }

    @Test
    void refusesModelsWithoutTrees() {
        Frame numeric = ExplainData.numeric(50, 1);
        Model linear = new LinearRegression().fit(numeric.drop("y"), numeric.column("y"));
        assertThatThrownBy(() -> TreeShap.of(linear))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TreeSHAP needs a tree model")
                .hasMessageContaining("least_squares")
                .hasMessageContaining("Kernel SHAP");
    }

    @Test
    void refusesAnEmptyBackground() {
        assertThatThrownBy(() -> TreeShap.of(boosting()).explain(X, Background.of(X.head(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no background data");
    }
}
