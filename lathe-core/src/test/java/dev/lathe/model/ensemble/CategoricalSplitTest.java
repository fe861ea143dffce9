package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.pipeline.RoundTrip;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Native categorical splits: category sets learned from gradient order, labels matched by text, save/load. */
class CategoricalSplitTest {

    private static final int LEVELS = 20;
    /** An arbitrary grouping of the 20 levels into effects, unrelated to the level order. */
    private static final double[] EFFECT = {3, 0, 1, 3, 0, 2, 1, 0, 3, 2, 0, 1, 2, 3, 1, 0, 2, 1, 3, 0};

    private static List<String> levels() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < LEVELS; k++) {
            out.add("L" + k);
        }
        return out;
    }

    /** Rows with a 20-level column {@code c} driving the target through {@link #EFFECT}, plus a noise column. */
    private static Frame data(int n, long seed, boolean withTarget) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] codes = new int[n];
        double[] noise = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            codes[i] = r.nextInt(LEVELS);
            noise[i] = r.nextDouble();
            y[i] = EFFECT[codes[i]] + 0.3 * r.nextGaussian();
        }
        Frame x = Frame.of(CategoricalColumn.wrap("c", codes, levels()), NumericColumn.wrap("noise", noise));
        return withTarget ? x.withColumn(NumericColumn.wrap("y", y)) : x;
    }

    private static GradientBoostingRegressor small() {
        return (GradientBoostingRegressor) new GradientBoostingRegressor().withParams(Map.of("max_iter", 3,
                "max_leaf_nodes", 4, "learning_rate", 0.5, "min_data_per_group", 20));
    }

    private static double mse(double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - p[i]) * (y[i] - p[i]);
        }
        return s / y.length;
    }

    private static Frame asCodes(Frame x) {
        int[] codes = ((CategoricalColumn) x.column("c")).toCodes();
        double[] v = new double[codes.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = codes[i];
        }
        return x.withColumn(NumericColumn.wrap("c", v));
    }

    @Test
    void nativeSplitsBeatOrdinalCodesAtEqualTreesAndLeaves() {
        Frame train = data(4000, 1, true);
        Frame test = data(2000, 2, true);
        double[] yTest = ((NumericColumn) test.column("y")).toArray();
        Column y = train.column("y");
        double nativeError = mse(yTest, small().fit(train.drop("y"), y).predict(test.drop("y")));
        double ordinalError = mse(yTest, small().fit(asCodes(train.drop("y")), y).predict(asCodes(test.drop("y"))));
        // With 3 trees of 4 leaves, category sets can isolate the four effect groups; thresholds on the
        // arbitrary codes cannot. Noise variance is 0.09, the target's about 1.25.
        assertThat(nativeError).isLessThan(0.5 * ordinalError).isLessThan(0.3);
    }

    @Test
    void splitsExposeTheirLeftCategoriesAndNamedNumericColumnsAreCategorical() {
        Frame train = data(4000, 1, true);
        GradientBoostingRegressor.Fitted m = small().fit(train.drop("y"), train.column("y"));
        TreeStructure t = m.trees().get(0);
        assertThat(t.categoricalSplit(0)).isTrue();
        assertThat(Double.isNaN(t.threshold(0))).isTrue();
        int left = t.leftCategories(0).cardinality();
        assertThat(left).isBetween(1, LEVELS - 1);
        GradientBoostingRegressor byName = (GradientBoostingRegressor) small()
                .withParams(Map.of("categorical_features", List.of("c")));
        GradientBoostingRegressor.Fitted codes = byName.fit(asCodes(train.drop("y")), train.column("y"));
        assertThat(codes.trees().get(0).categoricalSplit(0)).isTrue();
        assertThat(codes.trees().get(0).leftCategories(0).cardinality()).isBetween(1, LEVELS - 1);
    }

    @Test
    void labelsAreMatchedByTextAndUnseenOnesGoWhereMissingGo() {
        Frame train = data(4000, 1, true);
        GradientBoostingRegressor.Fitted m = small().fit(train.drop("y"), train.column("y"));
        String[] labels = {"L3", "L7", "L12", "zzz", null};
        String[] reordered = {"L12", "L3", "L7"};
        double[] noise = {0.5, 0.5, 0.5, 0.5, 0.5};
        Frame x = Frame.of(CategoricalColumn.of("c", labels), NumericColumn.wrap("noise", noise));
        double[] p = m.predict(x);
        int[] codes = {1, 2, 0};
        Frame other = Frame.of(CategoricalColumn.wrap("c", codes, List.of(reordered)),
                NumericColumn.wrap("noise", new double[] {0.5, 0.5, 0.5}));
        double[] q = m.predict(other);
        assertThat(q).containsExactly(p[0], p[1], p[2]);
        assertThat(p[3]).as("unseen level 'zzz' scores as a missing one").isEqualTo(p[4]);
        assertThat(p[0]).isGreaterThan(p[1]);
    }

    @Test
    void categoricalModelsSaveAndLoad() {
        Frame train = data(2000, 1, true);
        GradientBoostingRegressor.Fitted m = small().fit(train.drop("y"), train.column("y"));
        GradientBoostingRegressor.Fitted back = RoundTrip.saveAndLoad(m);
        Frame test = data(500, 3, false);
        assertThat(back.predict(test)).containsExactly(m.predict(test));
        assertThat(back.trees().get(0).leftCategories(0)).isEqualTo(m.trees().get(0).leftCategories(0));
    }

    @Test
    void rareCategoriesShareTheOtherBinWhenThereAreMoreThanMaxBins() {
        Frame train = data(4000, 1, true);
        GradientBoostingRegressor.Fitted m = ((GradientBoostingRegressor) small().withParams(Map.of("max_bins", 5)))
                .fit(train.drop("y"), train.column("y"));
        double[] p = m.predict(train.drop("y"));
        assertThat(java.util.Arrays.stream(p).distinct().count()).isGreaterThan(1);
    }

    @Test
    void badCategoricalSettingsAreClearErrors() {
        Frame train = data(200, 1, true);
        assertThatThrownBy(() -> ((GradientBoostingRegressor) small().withParams(Map.of("categorical_features",
                List.of("nope")))).fit(train.drop("y"), train.column("y")))
                .hasMessageContaining("categorical_features names 'nope'").hasMessageContaining("[c, noise]");
        assertThatThrownBy(() -> small().withParams(Map.of("cat_smooth", -1))).hasMessageContaining("cat_smooth");
        assertThatThrownBy(() -> small().withParams(Map.of("min_data_per_group", 0)))
                .hasMessageContaining("min_data_per_group");
        assertThatThrownBy(() -> ((GradientBoostingRegressor) small().withParams(Map.of("monotonic_cst",
                Map.of("c", 1)))).fit(train.drop("y"), train.column("y")))
                .hasMessageContaining("'c', which is categorical");
    }
}
