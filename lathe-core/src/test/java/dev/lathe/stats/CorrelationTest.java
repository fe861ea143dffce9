package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement with scipy 1.10.1 / pandas 1.5.3; fixture and its generator in fixtures/stats (see README.md). */
class CorrelationTest {

    private static final double TOL = 1e-9;
    private static final JsonNode FIXTURE = JsonFixtures.read("stats/correlation.json");

    private static void assertAgrees(CorrelationResult actual, JsonNode expected) {
        assertThat(actual.statistic()).isCloseTo(expected.get(0).asDouble(), within(TOL));
        assertThat(actual.pValue()).isCloseTo(expected.get(1).asDouble(), within(TOL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ties_missing", "no_ties_12", "negative_8", "no_ties_40", "n3"})
    void matchesScipy(String name) {
        JsonNode c = FIXTURE.get("cases").get(name);
        double[] x = JsonFixtures.doubles(c.get("x"));
        double[] y = JsonFixtures.doubles(c.get("y"));
        CorrelationResult pearson = Correlation.pearson(x, y);
        assertThat(pearson.n()).isEqualTo(c.get("n").asInt());
        assertAgrees(pearson, c.get("pearson"));
        assertAgrees(Correlation.spearman(x, y), c.get("spearman"));
        assertAgrees(Correlation.kendall(x, y), c.get("kendall"));
        assertAgrees(Correlation.kendall(x, y, KendallTau.PValue.ASYMPTOTIC), c.get("kendall_asymptotic"));
        if (c.has("kendall_exact")) {
            assertAgrees(Correlation.kendall(x, y, KendallTau.PValue.EXACT), c.get("kendall_exact"));
        }
    }

    @Test
    void matrixMatchesPandasPairwiseComplete() {
        JsonNode m = FIXTURE.get("matrix");
        JsonNode columns = m.get("columns");
        Frame frame = Frame.of(NumericColumn.of("a", JsonFixtures.doubles(columns.get("a"))),
                CategoricalColumn.of("label", new String[columns.get("a").size()]),
                NumericColumn.of("b", JsonFixtures.doubles(columns.get("b"))), NumericColumn.of("c", JsonFixtures.doubles(columns.get("c"))));
        for (Correlation.Method method : Correlation.Method.values()) {
            CorrelationMatrix matrix = CorrelationMatrix.of(frame, method);
            assertThat(matrix.names()).containsExactly("a", "b", "c");
            JsonNode expected = m.get(method.name().toLowerCase());
            double[][] actual = matrix.statistic();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertThat(actual[i][j]).as(method + " " + i + "," + j)
                            .isCloseTo(expected.get(i).get(j).asDouble(), within(TOL));
                }
            }
        }
        CorrelationMatrix pearson = CorrelationMatrix.of(frame, Correlation.Method.PEARSON);
        JsonNode ties = FIXTURE.get("cases").get("ties_missing");
        assertThat(pearson.get("a", "b")).isEqualTo(pearson.get("b", "a"));
        assertThat(pearson.pValue("a", "b")).isCloseTo(ties.get("pearson").get(1).asDouble(), within(TOL));
        assertThat(pearson.n()[0][1]).isEqualTo(19);
        assertThatThrownBy(() -> pearson.get("a", "label")).hasMessageContaining("no numeric column 'label'");
    }

    @Test
    void matrixEqualsThePairwiseCallsWhateverPathItTakes() {
        // complete columns take the cached-rank (Spearman) and in-place (Pearson) paths; 'gap' takes the pairwise one
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[] x = new double[300];
        double[] y = new double[300];
        double[] gap = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.floor(random.nextDouble() * 20) - 0.0;
            y[i] = x[i] * 0.5 + random.nextGaussian();
            gap[i] = i % 7 == 0 ? Double.NaN : random.nextGaussian() + y[i];
        }
        x[3] = -0.0;
        Frame frame = Frame.of(NumericColumn.of("x", x), NumericColumn.of("y", y), NumericColumn.of("gap", gap));
        double[][] columns = {x, y, gap};
        for (Correlation.Method method : Correlation.Method.values()) {
            CorrelationMatrix m = CorrelationMatrix.of(frame, method);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    CorrelationResult pair = Correlation.of(method, columns[i], columns[j]);
                    assertThat(m.statistic()[i][j]).as(method + " " + i + "," + j).isEqualTo(pair.statistic());
                    assertThat(m.pValue()[i][j]).as(method + " p " + i + "," + j).isEqualTo(pair.pValue());
                }
            }
        }
        Frame infinite = Frame.of(NumericColumn.of("x", 1, 2, 3), NumericColumn.of("w", 1, Double.NEGATIVE_INFINITY, 2));
        assertThatThrownBy(() -> CorrelationMatrix.of(infinite, Correlation.Method.PEARSON))
                .hasMessage("column 'w' holds -Infinity in row 1; correlation needs finite values");
    }

    @Test
    void matrixGivesNaNForPairsWithTooFewRowsOrConstantColumns() {
        double nan = Double.NaN;
        Frame frame = Frame.of(NumericColumn.of("x", 1, 2, nan, nan), NumericColumn.of("y", nan, nan, 3, 4),
                NumericColumn.of("k", 5, 5, 5, 5));
        CorrelationMatrix m = CorrelationMatrix.of(frame, Correlation.Method.SPEARMAN);
        assertThat(m.get("x", "y")).isNaN();
        assertThat(m.n()[0][1]).isZero();
        assertThat(m.get("x", "x")).isEqualTo(1.0);
        assertThat(m.get("k", "k")).isNaN();
        assertThat(m.pValue("x", "k")).isNaN();
    }

    @Test
    void rejectsBadInput() {
        for (Correlation.Method method : Correlation.Method.values()) {
            assertThatThrownBy(() -> Correlation.of(method, new double[] {1, 2, 3}, new double[] {1, 2}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length, got 3 and 2");
            assertThatThrownBy(() -> Correlation.of(method, new double[] {1, Double.NaN, 3},
                    new double[] {1, 2, Double.NaN}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least 2 complete pairs, got 1");
            assertThatThrownBy(() -> Correlation.of(method, new double[] {1, 2, Double.POSITIVE_INFINITY},
                    new double[] {1, 2, 3}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        }
        assertThatThrownBy(() -> Correlation.kendall(new double[] {1, 2, 2}, new double[] {1, 2, 3},
                KendallTau.PValue.EXACT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ties");
    }

    @Test
    void constantInputGivesNaNAsScipy() {
        for (Correlation.Method method : Correlation.Method.values()) {
            CorrelationResult r = Correlation.of(method, new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7});
            assertThat(r.statistic()).as(method.name()).isNaN();
            assertThat(r.pValue()).as(method.name()).isNaN();
        }
    }

    @Test
    void twoPairsAsScipy() {
        // scipy 1.10.1: pearsonr([1, 2], [5, 3]) = (-1, 1); spearmanr -> (-0.9999999999999999, nan); kendalltau -> (-1, 1)
        double[] x = {1, 2};
        double[] y = {5, 3};
        assertThat(Correlation.pearson(x, y)).isEqualTo(new CorrelationResult(-1, 1, 2));
        assertThat(Correlation.spearman(x, y).statistic()).isCloseTo(-1.0, within(1e-15));
        assertThat(Correlation.spearman(x, y).pValue()).isNaN();
        assertThat(Correlation.kendall(x, y)).isEqualTo(new CorrelationResult(-1, 1, 2));
    }

    @Test
    void averageRanksShareTies() {
        assertThat(Correlation.averageRanks(new double[] {10, 20, 10, 30, 20, 20}))
                .containsExactly(1.5, 4, 1.5, 6, 4, 4);
        // scipy 1.10.1: kendalltau([1, 2, 3], [1, 2, 3]).pvalue = 0.3333333333333333 (2 / 3!)
        assertThat(KendallTau.exactPValue(3, 3)).isCloseTo(1.0 / 3, within(1e-15));
    }
}
