package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kernel SHAP with every coalition equals the brute-force Shapley values of the background game, and equals
 * interventional TreeSHAP on boosted trees; sampled Kernel SHAP and permutation SHAP stay additive and land
 * near the exact values.
 */
class KernelShapTest {

    private static final Frame DATA = ExplainData.regression(400, 21);
    private static final Frame X = DATA.drop("y");
    private static final Background BACKGROUND = Background.of(X.take(new int[] {1, 40, 81, 150, 222, 300, 399}));

    /** A nonlinear function of the six columns, with an interaction and a categorical effect. */
    private static final ModelOutput F = new ModelOutput.Named(List.of("out"), "prediction", x -> {
        double[] out = new double[x.rowCount()];
        for (int i = 0; i < out.length; i++) {
            double a = x.numeric("a").get(i);
            double b = x.numeric("b").get(i);
            a = Double.isNaN(a) ? 0 : a;
            b = Double.isNaN(b) ? 0 : b;
            out[i] = a * b + Math.sin(x.numeric("c").get(i)) + Math.exp(x.numeric("d").get(i) / 3)
                    + ("red".equals(x.column("colour").format(i)) ? 2 : 0) * x.numeric("e").get(i);
        }
        return new double[][] {out};
    });

    @Test
    void fullEnumerationEqualsBruteForceShapleyValues() {
        Explanation e = new KernelShap().explain(F, BACKGROUND, X.head(8));
        assertThat(e.method()).isEqualTo("kernel_exact");
        assertThat(e.additivityError()).isLessThan(1e-9);
        for (int i = 0; i < 8; i++) {
            int row = i;
            double[] expected = Shapley.values(6,
                    s -> Arrays.stream(F.apply(TreeGames.hybrid(X, row, BACKGROUND.rows(), s))[0]).average().orElseThrow());
            for (int j = 0; j < 6; j++) {
                assertThat(e.values()[0][i][j]).as("row %d feature %d", i, j).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void fullEnumerationEqualsInterventionalTreeShapOnBoostedTrees() {
        GradientBoostingRegressor.Fitted gb = ((GradientBoostingRegressor) new GradientBoostingRegressor()
                .withParams(Map.of("max_iter", 40, "max_leaf_nodes", 12))).fit(X, DATA.column("y"));
        assertAgree(TreeShap.of(gb).explain(X.head(30), BACKGROUND),
                new KernelShap().explain(ModelOutput.of(gb), BACKGROUND, X.head(30)));
        Frame binary = ExplainData.binary(400, 5);
        GradientBoostingClassifier.Fitted gc = ((GradientBoostingClassifier) new GradientBoostingClassifier()
                .withParams(Map.of("max_iter", 30))).fit(binary.drop("label"), binary.column("label"));
        Frame x = binary.drop("label");
        Background back = Background.sample(x, 10, 3);
        assertAgree(TreeShap.of(gc).explain(x.head(20), back), new KernelShap().explain(ModelOutput.of(gc), back, x.head(20)));
    }

    private static void assertAgree(Explanation tree, Explanation kernel) {
        assertThat(kernel.expectedValue()[0]).isCloseTo(tree.expectedValue()[0], within(1e-9));
        for (int i = 0; i < tree.rowCount(); i++) {
            for (int j = 0; j < tree.features().size(); j++) {
                assertThat(kernel.values()[0][i][j]).isCloseTo(tree.values()[0][i][j], within(1e-6));
            }
        }
    }

    @Test
    void sampledKernelAndPermutationShapAreAdditiveAndNearTheExactValues() {
        Explanation exact = new KernelShap().explain(F, BACKGROUND, X.head(10));
        Explanation sampled = new KernelShap(40, 0, 3).explain(F, BACKGROUND, X.head(10));
        Explanation permutation = new PermutationShap(200, 3).explain(F, BACKGROUND, X.head(10));
        assertThat(sampled.method()).isEqualTo("kernel");
        assertThat(sampled.additivityError()).isLessThan(1e-9);
        assertThat(permutation.additivityError()).isLessThan(1e-9);
        double scale = Arrays.stream(exact.importance(0)).max().orElseThrow();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(sampled.values()[0][i][j]).isCloseTo(exact.values()[0][i][j], within(0.15 * scale));
                assertThat(permutation.values()[0][i][j]).isCloseTo(exact.values()[0][i][j], within(0.1 * scale));
            }
        }
    }

    @Test
    void explainsEveryOutputOfAClassifier() {
        Frame iris = dev.lathe.data.Datasets.iris();
        Frame x = iris.drop("species");
        var model = new dev.lathe.model.linear.LogisticRegression().fit(x, iris.column("species"));
        ModelOutput proba = new ModelOutput.Named(model.classes(), "probability", f -> {
            double[][] p = model.predictProba(f);
            double[][] out = new double[3][p.length];
            for (int i = 0; i < p.length; i++) {
                for (int k = 0; k < 3; k++) {
                    out[k][i] = p[i][k];
                }
            }
            return out;
        });
        Explanation e = new KernelShap().explain(proba, Background.kmeans(x, 5, 1), x.take(new int[] {0, 60, 120}));
        assertThat(e.outputs()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(e.additivityError()).isLessThan(1e-9);
        double sumExpected = Arrays.stream(e.expectedValue()).sum();
        assertThat(sumExpected).isCloseTo(1, within(1e-9));
    }

    @Test
    void kmeansBackgroundIsWeightedRepresentativeRows() {
        Background b = Background.kmeans(X, 8, 4);
        assertThat(b.size()).isLessThanOrEqualTo(8);
        assertThat(Arrays.stream(b.weights()).sum()).isCloseTo(1, within(1e-12));
        assertThat(b.rows().names()).isEqualTo(X.names());
    }

    @Test
    void refusesAMissingBackgroundAndBadSettings() {
        assertThatThrownBy(() -> new KernelShap().explain(F, null, X.head(2)))
                .hasMessageContaining("no background data: Kernel SHAP needs background rows");
        assertThatThrownBy(() -> new PermutationShap().explain(F, null, X.head(2)))
                .hasMessageContaining("no background data: permutation SHAP");
        assertThatThrownBy(() -> new KernelShap(1, 10, 0)).hasMessageContaining("samples must be 0");
        assertThatThrownBy(() -> new PermutationShap(0, 0)).hasMessageContaining("permutations must be at least 1");
        assertThatThrownBy(() -> Background.sample(X, 0, 0)).hasMessageContaining("background n must be at least 1");
        assertThatThrownBy(() -> new KernelShap().explain(F, Background.of(X.select("a", "b")), X.head(2)))
                .hasMessageContaining("c");
    }
}
