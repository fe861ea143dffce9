package dev.lathe.stats;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tukey box-plot statistics of one numeric sample. Quartiles are type-7 sample quantiles (as NumPy,
 * pandas and matplotlib); the fences are {@code q1 - k iqr} and {@code q3 + k iqr}; each whisker ends at
 * the most extreme data point inside its fence (matplotlib's convention, which also never lets a whisker
 * fall inside the box); outliers are the points beyond the fences. Missing values (NaN) are ignored and
 * counted. With no present value every statistic is NaN and there are no outliers.
 *
 * @param count        present values
 * @param missing      missing (NaN) values
 * @param q1           25th percentile
 * @param median       50th percentile
 * @param q3           75th percentile
 * @param iqr          {@code q3 - q1}
 * @param k            fence multiplier
 * @param lowerFence   {@code q1 - k iqr}
 * @param upperFence   {@code q3 + k iqr}
 * @param lowerWhisker smallest value at or above the lower fence (at most {@code q1})
 * @param upperWhisker largest value at or below the upper fence (at least {@code q3})
 * @param outliers     values beyond the fences, in row order
 * @param outlierRows  row indices of {@code outliers}, ascending
 */
public record BoxplotStats(long count, long missing, double q1, double median, double q3, double iqr, double k,
                           double lowerFence, double upperFence, double lowerWhisker, double upperWhisker,
                           double[] outliers, int[] outlierRows) {

    /** Tukey's fence multiplier. */
    public static final double DEFAULT_K = 1.5;

    /** Copies the arrays. */
    public BoxplotStats {
        outliers = outliers.clone();
        outlierRows = outlierRows.clone();
    }

    /** The outlier values, in row order (a copy). */
    @Override
    public double[] outliers() {
        return outliers.clone();
    }

    /** The row indices of the outliers, ascending (a copy). */
    @Override
    public int[] outlierRows() {
        return outlierRows.clone();
    }

    /** Number of outliers. */
    public int outlierCount() {
        return outliers.length;
    }

    /** Statistics of {@code values} with k = 1.5. */
    public static BoxplotStats of(double[] values) {
        return of(values, DEFAULT_K);
    }

    /**
     * Statistics of {@code values}; row indices of outliers are positions in {@code values}.
     *
     * @param k fence multiplier, finite and greater than 0
     * @throws IllegalArgumentException if {@code k} is not finite and positive or a value is infinite
     */
    public static BoxplotStats of(double[] values, double k) {
        int[] rows = new int[values.length];
        Arrays.setAll(rows, i -> i);
        return compute(values, rows, k);
    }

    /** Statistics of a numeric column with fence multiplier {@code k}; see {@link #of(double[], double)}. */
    public static BoxplotStats of(NumericColumn column, double k) {
        return of(column.toArray(), k);
    }

    /**
     * Statistics of the numeric column {@code value} within each level of the categorical column
     * {@code group}, in level order. Levels without rows are left out; rows whose group is missing are
     * skipped. Outlier row indices refer to rows of {@code frame}.
     *
     * @throws IllegalArgumentException if {@code k} is not finite and positive
     */
    public static Map<String, BoxplotStats> byGroup(Frame frame, String value, String group, double k) {
        checkK(k);
        NumericColumn values = frame.numeric(value);
        CategoricalColumn groups = frame.categorical(group);
        List<String> levels = groups.levels();
        int[] sizes = new int[levels.size()];
        for (int i = 0; i < frame.rowCount(); i++) {
            if (!groups.isMissing(i)) {
                sizes[groups.code(i)]++;
            }
        }
        double[][] groupValues = new double[levels.size()][];
        int[][] groupRows = new int[levels.size()][];
        for (int g = 0; g < sizes.length; g++) {
            groupValues[g] = new double[sizes[g]];
            groupRows[g] = new int[sizes[g]];
        }
        int[] filled = new int[levels.size()];
        for (int i = 0; i < frame.rowCount(); i++) {
            if (!groups.isMissing(i)) {
                int g = groups.code(i);
                groupValues[g][filled[g]] = values.get(i);
                groupRows[g][filled[g]++] = i;
            }
        }
        Map<String, BoxplotStats> out = new LinkedHashMap<>();
        for (int g = 0; g < sizes.length; g++) {
            if (sizes[g] > 0) {
                out.put(levels.get(g), compute(groupValues[g], groupRows[g], k));
            }
        }
        return out;
    }

    private static BoxplotStats compute(double[] values, int[] rows, double k) {
        checkK(k);
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("box-plot statistics need finite values, got " + v);
            }
        }
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        int n = sorted.length;
        long missing = values.length - n;
        if (n == 0) {
            double nan = Double.NaN;
            return new BoxplotStats(0, missing, nan, nan, nan, nan, k, nan, nan, nan, nan, new double[0], new int[0]);
        }
        double q1 = Quantiles.ofSorted(sorted, n, 0.25);
        double median = Quantiles.ofSorted(sorted, n, 0.5);
        double q3 = Quantiles.ofSorted(sorted, n, 0.75);
        double iqr = q3 - q1;
        double lowerFence = q1 - k * iqr;
        double upperFence = q3 + k * iqr;
        double lowerWhisker = q1;
        for (double v : sorted) {
            if (v >= lowerFence) {
                lowerWhisker = Math.min(v, q1);
                break;
            }
        }
        double upperWhisker = q3;
        for (int i = n - 1; i >= 0; i--) {
            if (sorted[i] <= upperFence) {
                upperWhisker = Math.max(sorted[i], q3);
                break;
            }
        }
        List<Integer> outlierIndex = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < lowerFence || values[i] > upperFence) {
                outlierIndex.add(i);
            }
        }
        double[] outliers = new double[outlierIndex.size()];
        int[] outlierRows = new int[outlierIndex.size()];
        for (int j = 0; j < outliers.length; j++) {
            outliers[j] = values[outlierIndex.get(j)];
            outlierRows[j] = rows[outlierIndex.get(j)];
        }
        return new BoxplotStats(n, missing, q1, median, q3, iqr, k, lowerFence, upperFence, lowerWhisker,
                upperWhisker, outliers, outlierRows);
    }

    private static void checkK(double k) {
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("fence multiplier k must be finite and greater than 0, got " + k);
        }
    }
}
