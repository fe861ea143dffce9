package dev.lathe.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of CART beyond the scikit-learn fixtures: missing values, limits, pruning, export, bad input. */
class DecisionTreeTest {

    private static final Frame IRIS = Datasets.iris();
    private static final Frame X = IRIS.drop("species");
    private static final Column Y = IRIS.column("species");

    private static DecisionTreeClassifier tree(Map<String, ?> settings) {
        return (DecisionTreeClassifier) new DecisionTreeClassifier().withParams(settings);
    }

    @Test
    void missingValuesGoToTheSideLearnedAtTheSplit() {
        // x separates the classes; rows with x missing are all class "b", so they must follow the b side
        double[] x = {1, 2, 3, Double.NaN, 10, 11, 12, Double.NaN};
        String[] y = {"a", "a", "a", "b", "b", "b", "b", "b"};
        Frame f = Frame.of(NumericColumn.wrap("x", x));
        TreeClassifierModel m = new DecisionTreeClassifier().fit(f, CategoricalColumn.of("y", y));
        assertThat(m.tree().nodeCount()).isEqualTo(3);
        assertThat(m.tree().missingGoesLeft(0)).isFalse();
        Frame unseen = Frame.of(NumericColumn.wrap("x", new double[] {Double.NaN, 2.5}));
        assertThat(m.predict(unseen)).containsExactly("b", "a");
    }

    @Test
    void withoutMissingValuesInTrainingMissingGoesToTheLargerChild() {
        double[] x = {1, 2, 3, 10, 11, 12, 13, 14};
        String[] y = {"a", "a", "a", "b", "b", "b", "b", "b"};
        TreeClassifierModel m = new DecisionTreeClassifier().fit(Frame.of(NumericColumn.wrap("x", x)),
                CategoricalColumn.of("y", y));
        assertThat(m.predict(Frame.of(NumericColumn.wrap("x", new double[] {Double.NaN})))).containsExactly("b");
    }

    @Test
    void growsPureLeavesByDefaultAndRespectsTheLimits() {
        TreeClassifierModel full = new DecisionTreeClassifier().fit(X, Y);
        assertThat(full.predict(X)).containsExactly(labels());
        assertThat(tree(Map.of("max_depth", 2)).fit(X, Y).tree().depth()).isEqualTo(2);
        assertThat(tree(Map.of("max_leaf_nodes", 4)).fit(X, Y).tree().leafCount()).isEqualTo(4);
        Tree leafy = tree(Map.of("min_samples_leaf", 10)).fit(X, Y).tree();
        for (int i = 0; i < leafy.nodeCount(); i++) {
            assertThat(leafy.samples(i)).isGreaterThanOrEqualTo(10);
        }
        assertThat(tree(Map.of("min_impurity_decrease", 0.2)).fit(X, Y).tree().leafCount()).isLessThan(4);
    }

    private static String[] labels() {
        String[] out = new String[Y.size()];
        Arrays.setAll(out, Y::format);
        return out;
    }

    @Test
    void pruningWithAlphaFromThePathGivesTheSmallerSubtrees() {
        PruningPath path = new DecisionTreeClassifier().pruningPath(X, Y);
        double[] alphas = path.alphas();
        assertThat(alphas[0]).isZero();
        int previous = Integer.MAX_VALUE;
        for (double a : alphas) {
            int leaves = tree(Map.of("ccp_alpha", a)).fit(X, Y).tree().leafCount();
            assertThat(leaves).isLessThanOrEqualTo(previous);
            previous = leaves;
        }
        assertThat(previous).isEqualTo(1);
    }

    @Test
    void importancesSumToOneAndFavourThePetals() {
        double[] imp = new DecisionTreeClassifier().fit(X, Y).featureImportances();
        assertThat(Arrays.stream(imp).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(imp[2] + imp[3]).isGreaterThan(0.9);
    }

    @Test
    void exportsTextAndDot() {
        TreeClassifierModel m = tree(Map.of("max_depth", 1)).fit(X, Y);
        assertThat(m.exportText()).isEqualTo("""
                |--- petal_length <= 2.45
                |   |--- class: setosa
                |--- petal_length >  2.45 (missing)
                |   |--- class: versicolor
                """);
        assertThat(m.exportDot()).startsWith("digraph tree {").contains("0 -> 1 [label=\"yes\"]")
                .contains("0 -> 2 [label=\"no, missing\"]").contains("cover = 150");
        TreeRegressorModel r = new DecisionTreeRegressor(Criterion.SQUARED_ERROR, 1, 2, 1, 0, null, null, 0, 0, 0)
                .fit(Frame.of(NumericColumn.wrap("x", new double[] {1, 2, 3, 4})),
                        NumericColumn.wrap("y", new double[] {1, 1, 5, 5}));
        assertThat(r.exportText()).contains("|   |--- value: [1]").contains("|   |--- value: [5]");
    }

    @Test
    void sampleWeightsOfZeroLeaveRowsOut() {
        double[] x = {1, 2, 3, 4};
        double[] w = {1, 1, 0, 1};
        Frame f = Frame.of(NumericColumn.wrap("x", x));
        TreeRegressorModel m = new DecisionTreeRegressor().fit(f, NumericColumn.wrap("y", new double[] {0, 0, 100, 8}), w);
        assertThat(m.predict(Frame.of(NumericColumn.wrap("x", new double[] {3.9})))).containsExactly(8.0);
        assertThat(m.tree().samples(0)).isEqualTo(3);
    }

    @Test
    void balancedClassWeightsEqualiseTheClasses() {
        double[] x = {1, 2, 3, 4, 5};
        String[] y = {"a", "a", "a", "a", "b"};
        TreeClassifierModel m = tree(Map.of("class_weight", "balanced", "max_depth", 1))
                .fit(Frame.of(NumericColumn.wrap("x", x)), CategoricalColumn.of("y", y));
        assertThat(m.tree().value(0)).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
    }

    @Test
    void poissonNeedsANonNegativeTarget() {
        Frame f = Frame.of(NumericColumn.wrap("x", new double[] {1, 2, 3}));
        DecisionTreeRegressor poisson = new DecisionTreeRegressor(Criterion.POISSON, null, 2, 1, 0, null, null, 0, 0, 0);
        assertThatThrownBy(() -> poisson.fit(f, NumericColumn.wrap("y", new double[] {1, -1, 2})))
                .hasMessageContaining("negative value -1.0 in row 2");
        assertThatThrownBy(() -> poisson.fit(f, NumericColumn.wrap("y", new double[] {0, 0, 0})))
                .hasMessageContaining("sums to 0");
    }

    @Test
    void badHyperparametersAreClearErrors() {
        assertThatThrownBy(() -> tree(Map.of("max_depth", 0))).hasMessageContaining("max_depth must be at least 1");
        assertThatThrownBy(() -> tree(Map.of("min_samples_split", 1)))
                .hasMessageContaining("min_samples_split must be at least 2");
        assertThatThrownBy(() -> tree(Map.of("min_samples_leaf", 0)))
                .hasMessageContaining("min_samples_leaf must be at least 1");
        assertThatThrownBy(() -> tree(Map.of("min_weight_fraction_leaf", 0.6)))
                .hasMessageContaining("min_weight_fraction_leaf must be in [0.0, 0.5]");
        assertThatThrownBy(() -> tree(Map.of("max_features", "half")))
                .hasMessageContaining("max_features must be sqrt, log2, all");
        assertThatThrownBy(() -> tree(Map.of("max_features", "1.5")))
                .hasMessageContaining("got '1.5'");
        assertThatThrownBy(() -> tree(Map.of("max_leaf_nodes", 1))).hasMessageContaining("max_leaf_nodes");
        assertThatThrownBy(() -> tree(Map.of("ccp_alpha", -1))).hasMessageContaining("ccp_alpha");
        assertThatThrownBy(() -> tree(Map.of("criterion", "squared_error")))
                .hasMessageContaining("criterion must be one of gini, entropy, log_loss");
        assertThatThrownBy(() -> tree(Map.of("class_weight", "balanced_subsample")))
                .hasMessageContaining("class_weight must be balanced, a map from class label to weight, or empty");
        assertThatThrownBy(() -> new DecisionTreeRegressor().withParams(Map.of("criterion", "gini")))
                .hasMessageContaining("criterion must be one of squared_error, absolute_error, poisson");
    }

    @Test
    void maxFeaturesCounts() {
        assertThat(MaxFeatures.count("sqrt", 28)).isEqualTo(5);
        assertThat(MaxFeatures.count("log2", 28)).isEqualTo(4);
        assertThat(MaxFeatures.count("0.5", 28)).isEqualTo(14);
        assertThat(MaxFeatures.count("3", 28)).isEqualTo(3);
        assertThat(MaxFeatures.count("40", 28)).isEqualTo(28);
        assertThat(MaxFeatures.count(null, 28)).isEqualTo(28);
    }

    @Test
    void badFeaturesAreClearErrors() {
        Frame text = Frame.of(CategoricalColumn.of("colour", "red", "blue"));
        Column y = CategoricalColumn.of("y", "a", "b");
        assertThatThrownBy(() -> new DecisionTreeClassifier().fit(text, y))
                .hasMessageContaining("feature column 'colour' is").hasMessageContaining("encode it first");
        TreeClassifierModel m = new DecisionTreeClassifier().fit(X, Y);
        assertThatThrownBy(() -> m.predict(X.drop("petal_width"))).hasMessageContaining("petal_width");
    }
}
