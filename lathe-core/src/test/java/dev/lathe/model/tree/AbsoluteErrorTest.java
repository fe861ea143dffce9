package dev.lathe.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Targets;
import dev.lathe.model.ensemble.ExtraTreesRegressor;
import dev.lathe.model.ensemble.RandomForestRegressor;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * absolute_error beyond the scikit-learn fixtures (which hold no missing values): rows with a missing
 * feature value are routed by the criterion, and every leaf holds the median and mean absolute deviation
 * of the training rows that reach it; forests grow such trees too.
 */
class AbsoluteErrorTest {

    @Test
    void missingValuesFollowTheMedianTheyResemble() {
        // the rows with x missing have targets like the right side's: they must go right
        double[] x = {1, 2, 3, 4, Double.NaN, 10, 11, 12, 13, Double.NaN};
        double[] y = {0, 1, 0, 1, 21, 20, 22, 19, 21, 20};
        Frame f = Frame.of(NumericColumn.wrap("x", x));
        DecisionTreeRegressor tree = (DecisionTreeRegressor) new DecisionTreeRegressor()
                .withParams(Map.of("criterion", "absolute_error", "max_depth", 1));
        Tree t = tree.fit(f, NumericColumn.wrap("y", y)).tree();
        assertThat(t.feature(0)).isEqualTo(0);
        assertThat(t.missingGoesLeft(0)).isFalse();
        // left {0, 1, 0, 1}: median 0.5, deviation 0.5; right {21, 20, 22, 19, 21, 20}: median 20.5, deviation 0.833
        assertThat(t.value(t.left(0))).containsExactly(0.5);
        assertThat(t.impurity(t.left(0))).isCloseTo(0.5, within(1e-12));
        assertThat(t.value(t.right(0))).containsExactly(20.5);
        assertThat(t.impurity(t.right(0))).isCloseTo(5.0 / 6.0, within(1e-12));
        // root: sorted 0 0 1 1 19 | 20 20 21 21 22, the first five weigh exactly half: median (19 + 20) / 2
        double dev = 0;
        for (double v : y) {
            dev += Math.abs(v - 19.5);
        }
        assertThat(t.value(0)).containsExactly(19.5);
        assertThat(t.impurity(0)).isCloseTo(dev / y.length, within(1e-12));
    }

    @Test
    void leavesPredictTheWeightedMedian() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 2, 100, 7, 8, 9};
        double[] w = {1, 1, 3, 1, 1, 1};
        Tree t = ((DecisionTreeRegressor) new DecisionTreeRegressor().withParams(
                Map.of("criterion", "absolute_error", "max_depth", 1, "min_samples_leaf", 3)))
                .fit(Frame.of(NumericColumn.wrap("x", x)), NumericColumn.wrap("y", y), w).tree();
        // {1, 2, 100 (weight 3)} left: weight 5, half 2.5, the cumulative weights 1, 2, 5 reach it at 100
        assertThat(t.value(t.left(0))).containsExactly(100.0);
        assertThat(t.value(t.right(0))).containsExactly(8.0);
    }

    @Test
    void forestsGrowAbsoluteErrorTrees() {
        Frame diabetes = Datasets.diabetes();
        Frame x = diabetes.drop("progression");
        Column y = diabetes.column("progression");
        // one tree on all rows and all features, exact splits: the forest's tree is CART's
        RandomForestRegressor single = (RandomForestRegressor) new RandomForestRegressor().withParams(Map.of(
                "criterion", "absolute_error", "n_estimators", 1, "bootstrap", false, "max_features", "all",
                "max_bins", 0, "max_depth", 4));
        DecisionTreeRegressor cart = (DecisionTreeRegressor) new DecisionTreeRegressor()
                .withParams(Map.of("criterion", "absolute_error", "max_depth", 4));
        assertThat(single.fit(x, y).predict(x)).containsExactly(cart.fit(x, y).predict(x));
        // extra trees: every prediction is a median of training targets, so a target or a midpoint of two
        double[] target = Targets.numeric(y);
        java.util.Set<Double> medians = new java.util.HashSet<>();
        for (double a : target) {
            for (double b : target) {
                medians.add((a + b) / 2);
            }
        }
        ExtraTreesRegressor extra = (ExtraTreesRegressor) new ExtraTreesRegressor()
                .withParams(Map.of("criterion", "absolute_error", "n_estimators", 1, "max_depth", 5));
        for (double p : extra.fit(x, y).predict(x)) {
            assertThat(medians).contains(p);
        }
    }
}
