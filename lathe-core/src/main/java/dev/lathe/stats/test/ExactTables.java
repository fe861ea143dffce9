package dev.lathe.stats.test;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The exact p-value of Fisher's test for an r x c table by enumerating every table with the observed margins,
 * column by column (the last row of each column and the last column follow from the margins): the sum of the
 * hypergeometric probabilities of the tables at most as probable as the observed one (with R's relative
 * tolerance of 1e-7). The work grows quickly with the counts, so the enumeration stops after a budget of tables.
 */
final class ExactTables {

    private final long[] rows;
    private final long[] cols;
    private final double threshold;
    private final double logConstant;
    private final long budget;
    /** log(k!) for k = 0..n. */
    private final double[] logFactorial;
    private long visited;
    private double sum;

    private ExactTables(long[][] table, long budget) {
        this.rows = Tables.rowSums(table);
        this.cols = Tables.columnSums(table);
        this.budget = budget;
        int n = Math.toIntExact(Tables.total(table));
        this.logFactorial = new double[n + 1];
        for (int k = 2; k <= n; k++) {
            logFactorial[k] = LogGamma.value(k + 1.0);
        }
        double c = -logFactorial[n];
        for (long r : rows) {
            c += logFactorial[(int) r];
        }
        for (long k : cols) {
            c += logFactorial[(int) k];
        }
        this.logConstant = c;
        double observed = logConstant;
        for (long[] row : table) {
            for (long v : row) {
                observed -= logFactorial[(int) v];
            }
        }
        this.threshold = observed + 1e-7;
    }

    /**
     * The exact two-sided p-value, or NaN when more than {@code budget} tables would have to be enumerated.
     *
     * @param table a checked table (no negative counts, no all-zero row or column)
     */
    static double pValue(long[][] table, long budget) {
        ExactTables e = new ExactTables(table, budget);
        if (!e.column(0, e.rows.clone(), 0.0)) {
            return Double.NaN;
        }
        return Math.min(1.0, e.sum);
    }

    /** Fills column {@code j} given the row totals still open; false when the budget ran out. */
    private boolean column(int j, long[] open, double logTerms) {
        if (j == cols.length - 1) {
            double s = logTerms;
            for (long v : open) {
                s += logFactorial[(int) v];
            }
            double logP = logConstant - s;
            if (logP <= threshold) {
                sum += Math.exp(logP);
            }
            return ++visited <= budget;
        }
        return cell(j, 0, cols[j], open, logTerms);
    }

    /** Chooses the count of row {@code i} in column {@code j}, {@code left} of the column's total remaining. */
    private boolean cell(int j, int i, long left, long[] open, double logTerms) {
        if (i == open.length - 1) {
            if (left > open[i]) {
                return true;
            }
            open[i] -= left;
            boolean ok = column(j + 1, open, logTerms + logFactorial[(int) left]);
            open[i] += left;
            return ok;
        }
        long restCapacity = 0;
        for (int k = i + 1; k < open.length; k++) {
            restCapacity += open[k];
        }
        long from = Math.max(0, left - restCapacity);
        long to = Math.min(left, open[i]);
        for (long v = from; v <= to; v++) {
            open[i] -= v;
            boolean ok = cell(j, i + 1, left - v, open, logTerms + logFactorial[(int) v]);
            open[i] += v;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
