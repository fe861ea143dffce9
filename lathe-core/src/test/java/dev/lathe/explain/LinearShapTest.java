package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Features;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.model.linear.LinearModel;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.linear.LinearRegressor;
import dev.lathe.model.linear.LogisticRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Linear SHAP against brute-force Shapley values of the interventional and Gaussian conditional games. */
class LinearShapTest {

    private static final Frame DATA = ExplainData.numeric(200, 5);
    private static final Frame X = DATA.drop("y");

    @Test
    void independentEqualsTheInterventionalShapleyValues() {
        LinearRegressor model = new LinearRegression().fit(X, DATA.column("y"));
        Background background = Background.of(X.head(12));
        Explanation e = LinearShap.of(model, background).explain(X);
        assertThat(e.additivityError()).isLessThan(1e-9);
        assertThat(e.method()).isEqualTo("linear_independent");
        for (int i = 0; i < 6; i++) {
            int row = i;
            double[] expected = Shapley.values(5, s -> mean(model.predict(TreeGames.hybrid(X, row, background.rows(), s))));
            for (int j = 0; j < 5; j++) {
                assertThat(e.values()[0][i][j]).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void logisticExplainsTheLogOdds() {
        Frame binary = ExplainData.binary(300, 2);
        Frame x = binary.select("c", "d", "e");
        LogisticRegression.Fitted model = new LogisticRegression().fit(x, binary.column("label"));
        Background background = Background.of(x.head(9));
        Explanation e = LinearShap.of(model, background).explain(x);
        assertThat(e.scale()).isEqualTo("log-odds");
        assertThat(e.outputs()).containsExactly("yes");
        double[][] p = model.predictProba(x);
        for (int i = 0; i < p.length; i++) {
            assertThat(e.predictions()[0][i]).isCloseTo(Math.log(p[i][1] / p[i][0]), within(1e-9));
        }
        for (int i = 0; i < 4; i++) {
            int row = i;
            double[] expected = Shapley.values(3, s -> {
                double[][] q = model.predictProba(TreeGames.hybrid(x, row, background.rows(), s));
                return Arrays.stream(q).mapToDouble(r -> Math.log(r[1] / r[0])).average().orElseThrow();
            });
            for (int j = 0; j < 3; j++) {
                assertThat(e.values()[0][i][j]).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void correlatedEqualsTheGaussianConditionalShapleyValues() {
        Frame x = correlated(300, 5, 3);
        LinearModel model = new LinearRegression().fit(x, x.column("f0").withName("y")).linear();
        LinearModel chosen = new LinearModel(x.names(), new double[] {1.5, -2, 0.5, 1, 3}, 0.7);
        Background background = Background.of(x);
        Explanation e = LinearShap.of(chosen, background, LinearShap.Dependence.CORRELATED, 0, 0).explain(x.head(5));
        assertThat(e.additivityError()).isLessThan(1e-9);
        double[][] b = Features.matrix(x);
        double[] mu = new double[5];
        double[][] cov = new double[5][5];
        for (int a = 0; a < 5; a++) {
            mu[a] = Arrays.stream(b[a]).average().orElseThrow();
        }
        for (int a = 0; a < 5; a++) {
            for (int c = 0; c < 5; c++) {
                for (int i = 0; i < b[0].length; i++) {
                    cov[a][c] += (b[a][i] - mu[a]) * (b[c][i] - mu[c]) / b[0].length;
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            double[] row = TreeGames.row(Features.matrix(x.head(5)), i);
            double[] expected = Shapley.values(5, s -> chosen.intercept() + dot(chosen.coef(), conditional(row, s, mu, cov)));
            for (int j = 0; j < 5; j++) {
                assertThat(e.values()[0][i][j]).isCloseTo(expected[j], within(1e-9));
            }
        }
        assertThat(model.coef()).hasSize(5);
    }

    @Test
    void correlatedWithManyFeaturesSamplesPermutationsAndStaysAdditive() {
        Frame x = correlated(200, 12, 4);
        double[] coef = new double[12];
        Arrays.fill(coef, 1);
        LinearModel model = new LinearModel(x.names(), coef, 0);
        Explanation e = LinearShap.of(model, Background.of(x), LinearShap.Dependence.CORRELATED, 50, 1)
                .explain(x.head(10));
        assertThat(e.additivityError()).isLessThan(1e-9);
        assertThat(e.method()).isEqualTo("linear_correlated");
    }

    @Test
    void refusesModelsThatAreNotLinearAndAMissingBackground() {
        Frame data = ExplainData.regression(100, 1);
        GradientBoostingRegressor.Fitted gb = new GradientBoostingRegressor().fit(data.drop("y"), data.column("y"));
        assertThatThrownBy(() -> LinearShap.of(gb, Background.of(data)))
                .hasMessageContaining("Linear SHAP needs a linear or logistic model")
                .hasMessageContaining("gradient_boosting_regressor");
        LinearRegressor model = new LinearRegression().fit(X, DATA.column("y"));
        assertThatThrownBy(() -> LinearShap.of(model, null)).hasMessageContaining("no background data");
    }

    /** p columns f0.. with pairwise correlation through a shared factor. */
    private static Frame correlated(int n, int p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] v = new double[p][n];
        for (int i = 0; i < n; i++) {
            double shared = r.nextGaussian();
            for (int j = 0; j < p; j++) {
                v[j][i] = (j % 3 + 1) * 0.5 * shared + r.nextGaussian() + j;
            }
        }
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            cols.add(NumericColumn.wrap("f" + j, v[j]));
        }
        return Frame.of(cols);
    }

    /** x with the absent features replaced by E[x_absent | x_present] under N(mu, cov). */
    private static double[] conditional(double[] x, boolean[] present, double[] mu, double[][] cov) {
        int p = x.length;
        int[] s = java.util.stream.IntStream.range(0, p).filter(j -> present[j]).toArray();
        int[] rest = java.util.stream.IntStream.range(0, p).filter(j -> !present[j]).toArray();
        double[] out = x.clone();
        if (rest.length == 0) {
            return out;
        }
        if (s.length == 0) {
            return mu.clone();
        }
        DMatrixRMaj sss = new DMatrixRMaj(s.length, s.length);
        DMatrixRMaj srs = new DMatrixRMaj(rest.length, s.length);
        DMatrixRMaj d = new DMatrixRMaj(s.length, 1);
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                sss.set(a, b, cov[s[a]][s[b]]);
            }
            for (int b = 0; b < rest.length; b++) {
                srs.set(b, a, cov[rest[b]][s[a]]);
            }
            d.set(a, 0, x[s[a]] - mu[s[a]]);
        }
        CommonOps_DDRM.invert(sss);
        DMatrixRMaj gain = new DMatrixRMaj(rest.length, s.length);
        CommonOps_DDRM.mult(srs, sss, gain);
        DMatrixRMaj fill = new DMatrixRMaj(rest.length, 1);
        CommonOps_DDRM.mult(gain, d, fill);
        for (int b = 0; b < rest.length; b++) {
            out[rest[b]] = mu[rest[b]] + fill.get(b, 0);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
