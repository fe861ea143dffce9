package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import java.util.ArrayList;
import java.util.List;

/**
 * Correlations between every pair of numeric columns of a frame, each pair over its own complete rows
 * (pairwise complete, as pandas {@code DataFrame.corr}). A pair with fewer than 2 complete rows, or with a
 * constant column over those rows, gets NaN coefficient and p-value; the diagonal is computed like any
 * other pair (1 for a column with at least 2 distinct present values).
 *
 * @param names      the numeric columns, in frame order
 * @param method     the coefficient
 * @param statistic  coefficients, symmetric, indexed like {@code names}
 * @param pValue     two-sided p-values, symmetric
 * @param n          complete pairs per entry
 */
public record CorrelationMatrix(List<String> names, Correlation.Method method, double[][] statistic,
                                double[][] pValue, int[][] n) {

    /** Copies the list and the arrays. */
    public CorrelationMatrix {
        names = List.copyOf(names);
        statistic = deepCopy(statistic);
        pValue = deepCopy(pValue);
        n = n.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] = n[i].clone();
        }
    }

    /** The coefficient between columns {@code a} and {@code b}. */
    public double get(String a, String b) {
        return statistic[indexOf(a)][indexOf(b)];
    }

    /** The p-value between columns {@code a} and {@code b}. */
    public double pValue(String a, String b) {
        return pValue[indexOf(a)][indexOf(b)];
    }

    /** The coefficients (a copy). */
    @Override
    public double[][] statistic() {
        return deepCopy(statistic);
    }

    /** The p-values (a copy). */
    @Override
    public double[][] pValue() {
        return deepCopy(pValue);
    }

    /** The complete-pair counts (a copy). */
    @Override
    public int[][] n() {
        int[][] out = n.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].clone();
        }
        return out;
    }

    /**
     * The matrix of {@code method} over the numeric columns of {@code frame}; other columns are skipped. Pairs
     * are computed in parallel through {@link Chunks} (the result does not depend on the number of threads);
     * for Spearman, a column without missing values is ranked once for all its pairs.
     *
     * @throws IllegalArgumentException naming the column and row when a numeric column holds an infinite value
     */
    public static CorrelationMatrix of(Frame frame, Correlation.Method method) {
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Column c : frame.columns()) {
            if (c.type() == ColumnType.NUMERIC) {
                names.add(c.name());
                values.add(frame.numeric(c.name()).toArray());
            }
        }
        int k = names.size();
        boolean[] missing = new boolean[k];
        for (int i = 0; i < k; i++) {
            missing[i] = checkFinite(names.get(i), values.get(i));
        }
        int rows = frame.rowCount();
        double[][] ranks = new double[k][];
        if (method == Correlation.Method.SPEARMAN) {
            Chunks.run(k, i -> ranks[i] = missing[i] ? null : Correlation.averageRanks(values.get(i)));
        }
        int[][] pairs = new int[k * (k + 1) / 2][];
        int next = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                pairs[next++] = new int[] {i, j};
            }
        }
        double[][] r = new double[k][k];
        double[][] p = new double[k][k];
        int[][] counts = new int[k][k];
        Chunks.run(pairs.length, c -> {
            int i = pairs[c][0];
            int j = pairs[c][1];
            double[] x = values.get(i);
            double[] y = values.get(j);
            int complete = missing[i] || missing[j] ? completeCount(x, y) : rows;
            CorrelationResult result;
            if (complete < 2) {
                result = new CorrelationResult(Double.NaN, Double.NaN, complete);
            } else if (method == Correlation.Method.PEARSON) {
                result = Correlation.pearsonOfPairs(x, y, complete);
            } else if (ranks[i] != null && ranks[j] != null) {
                result = Correlation.spearmanOfRanks(ranks[i], ranks[j]);
            } else {
                result = Correlation.of(method, x, y);
            }
            r[i][j] = r[j][i] = result.statistic();
            p[i][j] = p[j][i] = result.pValue();
            counts[i][j] = counts[j][i] = complete;
        });
        return new CorrelationMatrix(names, method, r, p, counts);
    }

    private static int completeCount(double[] x, double[] y) {
        int complete = 0;
        for (int row = 0; row < x.length; row++) {
            if (!Double.isNaN(x[row]) && !Double.isNaN(y[row])) {
                complete++;
            }
        }
        return complete;
    }

    /**
     * Whether {@code values} has a missing value (NaN).
     *
     * @throws IllegalArgumentException naming the column and row of the first infinite value
     */
    private static boolean checkFinite(String name, double[] values) {
        boolean missing = false;
        for (int row = 0; row < values.length; row++) {
            if (Double.isInfinite(values[row])) {
                throw new IllegalArgumentException("column '" + name + "' holds " + values[row] + " in row " + row
                        + "; correlation needs finite values");
            }
            missing |= Double.isNaN(values[row]);
        }
        return missing;
    }

    private int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no numeric column '" + name + "' in the matrix; columns: " + names);
        }
        return i;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].clone();
        }
        return out;
    }
}
