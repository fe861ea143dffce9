package dev.lathe.stats.test;

import dev.lathe.math.LeastSquares;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Two-way analysis of variance with interaction, y ~ A + B + A:B, for balanced or unbalanced designs with
 * every cell filled. The design uses sum-to-zero (effect) coding; each term's sum of squares is the rise in
 * the residual sum of squares when its columns leave the model (type II or III, see {@link SumOfSquares}),
 * every model solved by the accurate least squares of {@link LeastSquares}. Checked against statsmodels'
 * {@code anova_lm}.
 */
public final class TwoWayAnova {

    private TwoWayAnova() {
    }

    /**
     * One line of the table.
     *
     * @param term               {@code intercept} (type III only), the two factors' names, {@code A:B}, or
     *                           {@code residual}
     * @param sumSq              the term's sum of squares
     * @param df                 its degrees of freedom
     * @param f                  its mean square over the residual mean square; NaN on the residual line
     * @param pValue             P(F(df, residual df) >= f); NaN on the residual line
     * @param partialEtaSquared  SS / (SS + residual SS), the term's effect size; NaN on the residual line
     */
    public record Row(String term, double sumSq, int df, double f, double pValue, double partialEtaSquared) {
    }

    /**
     * The ANOVA table.
     *
     * @param type the sums of squares used
     * @param rows the terms in order, then the residual
     * @param n    number of observations
     */
    public record Table(SumOfSquares type, List<Row> rows, int n) {

        /** The row of {@code term}. */
        public Row row(String term) {
            return rows.stream().filter(r -> r.term().equals(term)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no term '" + term + "' in the table; terms: "
                            + rows.stream().map(Row::term).toList()));
        }
    }

    /**
     * Fits y ~ A + B + A:B and tests every term.
     *
     * @param nameA   the first factor's name (used for its row), e.g. the column name
     * @param factorA the first factor's level of each observation
     * @param nameB   the second factor's name
     * @param factorB the second factor's level of each observation
     * @param y       the response, finite
     * @param type    type II or III sums of squares
     * @throws IllegalArgumentException for arrays of different lengths, a missing level or non-finite
     *                                  response (naming the row), a factor with fewer than two levels, an
     *                                  empty cell (a pair of levels never observed), or no residual degrees of
     *                                  freedom (one observation per cell)
     */
    public static Table test(String nameA, String[] factorA, String nameB, String[] factorB, double[] y,
                             SumOfSquares type) {
        int n = y.length;
        if (factorA.length != n || factorB.length != n) {
            throw new IllegalArgumentException("two-way ANOVA: " + factorA.length + " levels of " + nameA + ", "
                    + factorB.length + " of " + nameB + " and " + n + " responses: expected the same count");
        }
        for (int i = 0; i < n; i++) {
            if (factorA[i] == null || factorB[i] == null || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("two-way ANOVA: row " + (i + 1) + " has " + nameA + " = " + factorA[i]
                        + ", " + nameB + " = " + factorB[i] + ", y = " + y[i] + ": expected two levels and a finite response");
            }
        }
        int[] a = codes(nameA, factorA);
        int[] b = codes(nameB, factorB);
        List<String> levelsA = levels(factorA);
        List<String> levelsB = levels(factorB);
        int la = levelsA.size();
        int lb = levelsB.size();
        int[][] cells = new int[la][lb];
        for (int i = 0; i < n; i++) {
            cells[a[i]][b[i]]++;
        }
        for (int i = 0; i < la; i++) {
            for (int j = 0; j < lb; j++) {
                if (cells[i][j] == 0) {
                    throw new IllegalArgumentException("two-way ANOVA: no observation has " + nameA + " = " + levelsA.get(i)
                            + " and " + nameB + " = " + levelsB.get(j) + "; every cell needs one for the interaction");
                }
            }
        }
        int params = la * lb;
        if (n <= params) {
            throw new IllegalArgumentException("two-way ANOVA: " + n + " observations in " + params
                    + " cells leave no residual degrees of freedom; expected more than one observation in some cell");
        }
        double[][] effectsA = effects(a, la);
        double[][] effectsB = effects(b, lb);
        double[][] interaction = new double[(la - 1) * (lb - 1)][n];
        for (int p = 0; p < la - 1; p++) {
            for (int q = 0; q < lb - 1; q++) {
                for (int i = 0; i < n; i++) {
                    interaction[p * (lb - 1) + q][i] = effectsA[p][i] * effectsB[q][i];
                }
            }
        }
        double[][] intercept = {filled(n)};
        String ab = nameA + ":" + nameB;
        Map<String, double[][]> terms = new LinkedHashMap<>();
        terms.put("intercept", intercept);
        terms.put(nameA, effectsA);
        terms.put(nameB, effectsB);
        terms.put(ab, interaction);

        double rssFull = rss(y, terms, List.of());
        int dfResidual = n - params;
        double msResidual = rssFull / dfResidual;
        List<Row> rows = new ArrayList<>();
        if (type == SumOfSquares.TYPE_3) {
            for (String term : terms.keySet()) {
                rows.add(row(term, rss(y, terms, List.of(term)) - rssFull, terms.get(term).length, msResidual, rssFull, dfResidual));
            }
        } else {
            double rssMain = rss(y, terms, List.of(ab));
            rows.add(row(nameA, rss(y, terms, List.of(ab, nameA)) - rssMain, la - 1, msResidual, rssFull, dfResidual));
            rows.add(row(nameB, rss(y, terms, List.of(ab, nameB)) - rssMain, lb - 1, msResidual, rssFull, dfResidual));
            rows.add(row(ab, rssMain - rssFull, (la - 1) * (lb - 1), msResidual, rssFull, dfResidual));
        }
        rows.add(new Row("residual", rssFull, dfResidual, Double.NaN, Double.NaN, Double.NaN));
        return new Table(type, List.copyOf(rows), n);
    }

    private static Row row(String term, double ss, int df, double msResidual, double rssFull, int dfResidual) {
        double f = ss / df / msResidual;
        return new Row(term, ss, df, f, FDistribution.of(df, dfResidual).survivalProbability(f), ss / (ss + rssFull));
    }

    /** The residual sum of squares of y on every term's columns except those {@code left} out. */
    private static double rss(double[] y, Map<String, double[][]> terms, List<String> left) {
        List<double[]> columns = new ArrayList<>();
        terms.forEach((name, cols) -> {
            if (!left.contains(name)) {
                columns.addAll(Arrays.asList(cols));
            }
        });
        double[] residuals = LeastSquares.of(columns.toArray(double[][]::new)).fit(y).residuals();
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return sum;
    }

    /** Sum-to-zero coding: column j is 1 at level j, -1 at the last level, 0 elsewhere. */
    private static double[][] effects(int[] codes, int levels) {
        double[][] cols = new double[levels - 1][codes.length];
        for (int j = 0; j < levels - 1; j++) {
            for (int i = 0; i < codes.length; i++) {
                cols[j][i] = codes[i] == j ? 1 : codes[i] == levels - 1 ? -1 : 0;
            }
        }
        return cols;
    }

    private static List<String> levels(String[] factor) {
        return Arrays.stream(factor).distinct().sorted().toList();
    }

    private static int[] codes(String name, String[] factor) {
        List<String> levels = levels(factor);
        if (levels.size() < 2) {
            throw new IllegalArgumentException("two-way ANOVA: factor " + name + " has a single level "
                    + levels + ", expected at least two");
        }
        int[] codes = new int[factor.length];
        for (int i = 0; i < factor.length; i++) {
            codes[i] = java.util.Collections.binarySearch(levels, factor[i]);
        }
        return codes;
    }

    private static double[] filled(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }
}
