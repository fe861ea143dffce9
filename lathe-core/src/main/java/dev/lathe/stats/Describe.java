package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.math.Quantiles;
import dev.lathe.parallel.Chunks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Per-column descriptive statistics of a frame: what pandas' {@code describe} gives, for every type, plus
 * more quantiles, the shape statistics of {@link ShapeStatistics}, top values and entropy.
 *
 * <p>Cost per numeric column: one copy of the values, one sort (quantiles, min, max, distinct values, top
 * values and the MAD all read the sorted array), one pass for the mean and one over the deviations
 * (standard deviation, skewness, kurtosis, lag-1 autocorrelation). Categorical and boolean columns are
 * counted by code in one pass; text columns are sorted once. Columns are summarised in parallel.
 */
public final class Describe {

    /** How many of the most frequent values a summary lists by default. */
    public static final int TOP_LEVELS = 5;

    /** The probabilities of the quantiles every numeric summary holds. */
    public static final List<Double> QUANTILES = List.of(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99);

    private static final ShapeStatistics NO_SHAPE = ShapeStatistics.of(new double[0]);

    /**
     * How to describe.
     *
     * @param topLevels how many of the most frequent values each summary lists; at least 0, default 5
     * @param decimal   compute the moments (mean, standard deviation, skewness, kurtosis, coefficient of
     *                  variation, lag-1 autocorrelation) of every numeric value taken as the decimal it was
     *                  read from, exactly to about 15 digits whatever the data's offset (see
     *                  {@link ShapeStatistics#ofDecimal}; on a million values with a few decimals it costs
     *                  about as much again as the default); default false: from the doubles, about 13 digits
     *                  unless the data sit on an offset many orders of magnitude above their spread
     */
    public record Options(int topLevels, boolean decimal) {

        /** Checks the ranges. */
        public Options {
            if (topLevels < 0) {
                throw new IllegalArgumentException("topLevels must be at least 0, got " + topLevels);
            }
        }

        /** Five top values, double arithmetic. */
        public static Options defaults() {
            return new Options(TOP_LEVELS, false);
        }

        /** The same options with decimal moments on or off. */
        public Options withDecimal(boolean on) {
            return new Options(topLevels, on);
        }

        /** The same options listing {@code k} top values. */
        public Options withTopLevels(int k) {
            return new Options(k, decimal);
        }
    }

    private Describe() {
    }

    /** One summary per column with the default options; see {@link #of(Frame, Options)}. */
    public static List<ColumnSummary> of(Frame frame) {
        return of(frame, Options.defaults());
    }

    /**
     * One summary per column, in column order; columns are summarised in parallel through {@link Chunks},
     * safe inside other parallel work. A frame without rows gives summaries with count 0 and NaN statistics.
     */
    public static List<ColumnSummary> of(Frame frame, Options options) {
        ColumnSummary[] out = new ColumnSummary[frame.columnCount()];
        Chunks.run(out.length, j -> out[j] = of(frame.column(j), options));
        return List.of(out);
    }

    /** The summary of one column with the default options. */
    public static ColumnSummary of(Column column) {
        return of(column, Options.defaults());
    }

    /** The summary of one column. */
    public static ColumnSummary of(Column column, Options options) {
        long missing = column.missingCount();
        long count = column.size() - missing;
        if (column instanceof NumericColumn n) {
            return numeric(n.name(), ColumnType.NUMERIC, n.toArray(), count, missing, options,
                    NumericColumn::format);
        }
        if (column instanceof TimestampColumn t) {
            double[] millis = new double[t.size()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = t.isMissing(i) ? Double.NaN : t.epochMillis(i);
            }
            return numeric(t.name(), ColumnType.TIMESTAMP, millis, count, missing, options,
                    v -> Instant.ofEpochMilli((long) v).toString());
        }
        Frequencies f = Frequencies.of(column);
        double nan = Double.NaN;
        return new ColumnSummary(column.name(), column.type(), count, missing, 0, f.distinct(), nan, nan,
                List.of(), NO_SHAPE, f.top(options.topLevels()), f.entropy());
    }

    /** {@code values} is a private copy: infinities are replaced by NaN in it. */
    private static ColumnSummary numeric(String name, ColumnType type, double[] values, long count, long missing,
                                         Options options, DoubleFunction<String> label) {
        long infinite = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                values[i] = Double.NaN;
                infinite++;
            }
        }
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        int n = sorted.length;
        ShapeStatistics shape = options.decimal()
                ? ShapeStatistics.ofDecimal(values, sorted) : ShapeStatistics.of(values, sorted);
        List<ColumnSummary.Quantile> quantiles = new ArrayList<>(QUANTILES.size());
        for (double p : QUANTILES) {
            quantiles.add(new ColumnSummary.Quantile(p, Quantiles.ofSorted(sorted, n, p)));
        }
        Frequencies f = Frequencies.ofSorted(sorted, label);
        return new ColumnSummary(name, type, count, missing, infinite, f.distinct(),
                n == 0 ? Double.NaN : sorted[0], n == 0 ? Double.NaN : sorted[n - 1], quantiles, shape,
                f.top(options.topLevels()), Double.NaN);
    }
}
