package dev.lathe.stats;

import dev.lathe.frame.Column;

/**
 * Cramér's V between two categorical (or boolean) columns, over the rows where both are present. Levels
 * that occur in none of those rows are left out of the contingency table.
 *
 * @param v             sqrt(chi2 / (n (min(r, c) - 1))) with chi2 Pearson's statistic without continuity
 *                      correction, as {@code scipy.stats.contingency.association(table, method='cramer')};
 *                      NaN when either column shows fewer than 2 levels
 * @param biasCorrected Bergsma's (2013) bias-corrected V: sqrt(max(0, phi2 - (r-1)(c-1)/(n-1)) / min(r~ - 1,
 *                      c~ - 1)) with phi2 = chi2 / n, r~ = r - (r-1)^2/(n-1), c~ = c - (c-1)^2/(n-1); NaN where
 *                      that denominator is not positive
 * @param rows          levels of the first column in the table (r)
 * @param columns       levels of the second column in the table (c)
 * @param n             rows where both columns are present
 */
public record CramersV(double v, double biasCorrected, int rows, int columns, int n) {

    /**
     * Cramér's V of {@code a} and {@code b}.
     *
     * @throws IllegalArgumentException naming the column when a column is neither categorical nor boolean, or
     *                                  when the columns differ in length
     */
    public static CramersV of(Column a, Column b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("columns '" + a.name() + "' and '" + b.name()
                    + "' differ in length: " + a.size() + " and " + b.size());
        }
        CategoryCodes x = CategoryCodes.of(a);
        CategoryCodes y = CategoryCodes.of(b);
        long[][] table = new long[x.levels()][y.levels()];
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (x.codes()[i] >= 0 && y.codes()[i] >= 0) {
                table[x.codes()[i]][y.codes()[i]]++;
                n++;
            }
        }
        long[] rowSums = new long[x.levels()];
        long[] columnSums = new long[y.levels()];
        for (int i = 0; i < rowSums.length; i++) {
            for (int j = 0; j < columnSums.length; j++) {
                rowSums[i] += table[i][j];
                columnSums[j] += table[i][j];
            }
        }
        int r = nonZero(rowSums);
        int c = nonZero(columnSums);
        if (r < 2 || c < 2) {
            return new CramersV(Double.NaN, Double.NaN, r, c, n);
        }
        double chi2 = 0;
        for (int i = 0; i < rowSums.length; i++) {
            for (int j = 0; j < columnSums.length; j++) {
                if (rowSums[i] > 0 && columnSums[j] > 0) {
                    double expected = (double) rowSums[i] * columnSums[j] / n;
                    double d = table[i][j] - expected;
                    chi2 += d * d / expected;
                }
            }
        }
        double phi2 = chi2 / n;
        double v = Math.sqrt(phi2 / (Math.min(r, c) - 1));
        double corrected = Math.max(0, phi2 - (r - 1.0) * (c - 1) / (n - 1));
        double rTilde = r - (r - 1.0) * (r - 1) / (n - 1);
        double cTilde = c - (c - 1.0) * (c - 1) / (n - 1);
        double denominator = Math.min(rTilde - 1, cTilde - 1);
        return new CramersV(Math.min(1, v), denominator > 0 ? Math.sqrt(corrected / denominator) : Double.NaN,
                r, c, n);
    }

    private static int nonZero(long[] counts) {
        int k = 0;
        for (long v : counts) {
            if (v > 0) {
                k++;
            }
        }
        return k;
    }
}
