package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;

/**
 * The correlation ratio eta of a numeric column on a categorical (or boolean) one: eta^2 is the share of the
 * numeric column's variance explained by the category means, sum_g n_g (mean_g - mean)^2 / sum (x - mean)^2
 * (the between-groups over the total sum of squares of a one-way ANOVA), over the rows where both are present.
 */
public final class CorrelationRatio {

    private CorrelationRatio() {
    }

    /**
     * eta in [0, 1] of {@code values} on {@code category}; NaN when no row has both values or the numeric
     * values are constant over those rows.
     *
     * @throws IllegalArgumentException naming the column when the category column is neither categorical nor
     *                                  boolean, the lengths differ, or a numeric value is infinite
     */
    public static double of(Column category, NumericColumn values) {
        if (category.size() != values.size()) {
            throw new IllegalArgumentException("columns '" + category.name() + "' and '" + values.name()
                    + "' differ in length: " + category.size() + " and " + values.size());
        }
        CategoryCodes codes = CategoryCodes.of(category);
        double[] sums = new double[codes.levels()];
        long[] counts = new long[codes.levels()];
        double total = 0;
        long n = 0;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("column '" + values.name() + "' holds " + v + " in row " + i
                        + "; the correlation ratio needs finite values");
            }
            int g = codes.codes()[i];
            if (g >= 0 && !Double.isNaN(v)) {
                sums[g] += v;
                counts[g]++;
                total += v;
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double mean = total / n;
        double totalSquares = 0;
        double within = 0;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            int g = codes.codes()[i];
            if (g >= 0 && !Double.isNaN(v)) {
                totalSquares += (v - mean) * (v - mean);
                double d = v - sums[g] / counts[g];
                within += d * d;
            }
        }
        if (totalSquares == 0) {
            return Double.NaN;
        }
        // between = total - within, computed from the within-group squares so that eta stays in [0, 1]
        return Math.sqrt(Math.max(0, Math.min(1, 1 - within / totalSquares)));
    }
}
