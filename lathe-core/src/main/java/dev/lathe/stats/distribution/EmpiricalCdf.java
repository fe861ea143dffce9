package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import java.util.Arrays;

/**
 * The empirical cumulative distribution function of a numeric column: F(x) = (values <= x) / n over the
 * present values (as {@code statsmodels.distributions.ECDF}). Missing values (NaN) are left out and counted.
 */
public final class EmpiricalCdf {

    private final String column;
    private final double[] sorted;
    private final int missing;

    private EmpiricalCdf(Sample s) {
        this.column = s.column();
        this.sorted = s.sorted();
        this.missing = s.missing();
    }

    /**
     * The empirical distribution of {@code column}.
     *
     * @throws IllegalArgumentException naming the column when no value is present or a value is infinite
     */
    public static EmpiricalCdf of(NumericColumn column) {
        return new EmpiricalCdf(Sample.of(column, "an empirical distribution function", 1));
    }

    /** The column's name. */
    public String column() {
        return column;
    }

    /** Present values used. */
    public int count() {
        return sorted.length;
    }

    /** Missing values left out. */
    public int missing() {
        return missing;
    }

    /** The share of present values at or below {@code x}; NaN for NaN. */
    public double at(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return (double) countAtOrBelow(x) / sorted.length;
    }

    /**
     * The steps of the function: each distinct present value, ascending, with the share of values at or
     * below it.
     */
    public Curve steps() {
        double[] x = new double[sorted.length];
        double[] p = new double[sorted.length];
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == sorted.length - 1 || sorted[i + 1] != sorted[i]) {
                x[k] = sorted[i];
                p[k++] = (i + 1.0) / sorted.length;
            }
        }
        return new Curve(Arrays.copyOf(x, k), Arrays.copyOf(p, k));
    }

    private int countAtOrBelow(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
