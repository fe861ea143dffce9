package dev.lathe.frame;

import dev.lathe.math.Moments;
import dev.lathe.math.Quantiles;
import java.util.Locale;

/**
 * One summary computed per group by {@link GroupBy#aggregate}: a function of one numeric column (or
 * of the group's size for {@link #count()}), written to an output column.
 */
public record Aggregation(Function function, String column, double probability, String outputName) {

    /** The summaries offered; all skip missing values. */
    public enum Function { SIZE, COUNT, SUM, MEAN, SD, MIN, MAX, QUANTILE }

    public Aggregation {
        if (function == Function.QUANTILE && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + probability);
        }
        Column.checkName(outputName);
    }

    /** Number of rows in the group, as column "count". */
    public static Aggregation count() {
        return new Aggregation(Function.SIZE, null, 0, "count");
    }

    /** Number of non-missing values of {@code column}. */
    public static Aggregation count(String column) {
        return of(Function.COUNT, column);
    }

    /** Sum of {@code column}. */
    public static Aggregation sum(String column) {
        return of(Function.SUM, column);
    }

    /** Mean of {@code column}. */
    public static Aggregation mean(String column) {
        return of(Function.MEAN, column);
    }

    /** Sample standard deviation (n - 1) of {@code column}. */
    public static Aggregation sd(String column) {
        return of(Function.SD, column);
    }

    /** Minimum of {@code column}. */
    public static Aggregation min(String column) {
        return of(Function.MIN, column);
    }

    /** Maximum of {@code column}. */
    public static Aggregation max(String column) {
        return of(Function.MAX, column);
    }

    /** Quantile {@code p} (type 7, linear interpolation) of {@code column}, named e.g. "x_q0.9". */
    public static Aggregation quantile(String column, double p) {
        return new Aggregation(Function.QUANTILE, column, p, column + "_q" + trim(p));
    }

    private static Aggregation of(Function f, String column) {
        return new Aggregation(f, column, 0, column + "_" + f.name().toLowerCase(Locale.ROOT));
    }

    private static String trim(double p) {
        String s = Double.toString(p);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The same summary written to another column name. */
    public Aggregation as(String name) {
        return new Aggregation(function, column, probability, name);
    }

    /** Applies the function to one group's values (NaN = missing); {@code size} is the group's row count. */
    double apply(double[] values, int size) {
        return switch (function) {
            case SIZE -> size;
            case COUNT -> Moments.of(values).count();
            case SUM -> Moments.of(values).sum();
            case MEAN -> Moments.of(values).mean();
            case SD -> Moments.of(values).sd();
            case MIN -> Moments.of(values).min();
            case MAX -> Moments.of(values).max();
            case QUANTILE -> {
                double[] sorted = Quantiles.sortedWithoutNaN(values);
                yield Quantiles.ofSorted(sorted, sorted.length, probability);
            }
        };
    }
}
