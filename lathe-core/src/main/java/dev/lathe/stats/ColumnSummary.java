package dev.lathe.stats;

import dev.lathe.frame.ColumnType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Descriptive statistics of one column, as {@code lathe describe} prints them. Numeric statistics are NaN
 * for categorical, text and boolean columns (timestamps have them in epoch milliseconds); the level
 * statistics (top values, entropy) are computed for every type, entropy only for categorical, text and
 * boolean columns.
 *
 * <p>Infinite values of a numeric column are counted in {@code infinite} and left out of every other
 * statistic (moments, quantiles, min and max, distinct, top values), as if they were missing: one infinity
 * would otherwise turn the mean, the standard deviation and the shape statistics into infinity or NaN.
 *
 * @param count     present (non-missing) values, infinite ones included
 * @param missing   missing values
 * @param infinite  present values that are +-infinity (numeric columns only)
 * @param distinct  distinct present (finite) values
 * @param min       smallest finite value (for timestamps: epoch milliseconds)
 * @param max       largest finite value (for timestamps: epoch milliseconds)
 * @param quantiles sample quantiles at {@link Describe#QUANTILES} by linear interpolation between order
 *                  statistics (Hyndman and Fan type 7, the default of R, NumPy and pandas); empty for
 *                  non-numeric columns
 * @param shape     mean, standard deviation, skewness, excess kurtosis, MAD, coefficient of variation and
 *                  lag-1 autocorrelation of the finite values (see {@link ShapeStatistics}); all NaN for
 *                  non-numeric columns
 * @param topLevels the most frequent values with their counts, most frequent first, ties in value order
 * @param entropy   Shannon entropy in nats of the value frequencies (categorical, text and boolean columns;
 *                  NaN otherwise)
 */
public record ColumnSummary(String name, ColumnType type, long count, long missing, long infinite, long distinct,
                            double min, double max, List<Quantile> quantiles, ShapeStatistics shape,
                            List<LevelCount> topLevels, double entropy) {

    /** How {@link #quantiles} are computed, as named in {@link #toMap()}. */
    public static final String QUANTILE_METHOD = "linear (Hyndman-Fan type 7)";

    /** A value and how many rows hold it. */
    public record LevelCount(String level, long count) {
    }

    /** The sample quantile at probability {@code p}. */
    public record Quantile(double p, double value) {
    }

    /** Copies the lists. */
    public ColumnSummary {
        quantiles = List.copyOf(quantiles);
        topLevels = List.copyOf(topLevels);
    }

    /** Arithmetic mean. */
    public double mean() {
        return shape.mean();
    }

    /** Sample standard deviation (divisor n - 1). */
    public double std() {
        return shape.standardDeviation();
    }

    /** 25th percentile. */
    public double q1() {
        return quantile(0.25);
    }

    /** 50th percentile. */
    public double median() {
        return quantile(0.5);
    }

    /** 75th percentile. */
    public double q3() {
        return quantile(0.75);
    }

    /** Interquartile range {@code q3 - q1}. */
    public double iqr() {
        return q3() - q1();
    }

    /** The quantile at {@code p}, one of {@link Describe#QUANTILES}; NaN when the column has none. */
    public double quantile(double p) {
        for (Quantile q : quantiles) {
            if (q.p() == p) {
                return q.value();
            }
        }
        if (quantiles.isEmpty()) {
            return Double.NaN;
        }
        throw new IllegalArgumentException("no quantile at " + p + "; summaries hold " + quantiles.stream()
                .map(Quantile::p).toList());
    }

    /** The most frequent value (the smallest in value order among ties); null when no value is present. */
    public String mode() {
        return topLevels.isEmpty() ? null : topLevels.get(0).level();
    }

    /**
     * The summary as a JSON-able map, the form {@code lathe describe --json} prints and model files keep as
     * reference statistics (null where a statistic is undefined). Every column: name, type, count, missing,
     * distinct, mode and top (level, count). Numeric columns add infinite, mean, std, min, q1, median, q3,
     * max, iqr, quantile_method and quantiles (keyed "1%", "5%", ...), skewness, excess_kurtosis, mad, cv
     * and lag1_autocorrelation; timestamps add ISO-8601 min and max; the others add entropy.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type.label());
        m.put("count", count);
        m.put("missing", missing);
        m.put("distinct", distinct);
        if (type == ColumnType.NUMERIC) {
            m.put("infinite", infinite);
            m.put("mean", finite(mean()));
            m.put("std", finite(std()));
            m.put("min", finite(min));
            m.put("q1", finite(q1()));
            m.put("median", finite(median()));
            m.put("q3", finite(q3()));
            m.put("max", finite(max));
            m.put("iqr", finite(iqr()));
            m.put("quantile_method", QUANTILE_METHOD);
            Map<String, Object> qs = new LinkedHashMap<>();
            quantiles.forEach(q -> qs.put(percent(q.p()), finite(q.value())));
            m.put("quantiles", qs);
            m.put("skewness", finite(shape.skewness()));
            m.put("excess_kurtosis", finite(shape.excessKurtosis()));
            m.put("mad", finite(shape.medianAbsoluteDeviation()));
            m.put("cv", finite(shape.coefficientOfVariation()));
            m.put("lag1_autocorrelation", finite(shape.lag1Autocorrelation()));
        } else if (type == ColumnType.TIMESTAMP) {
            m.put("min", Double.isNaN(min) ? null : Instant.ofEpochMilli((long) min).toString());
            m.put("max", Double.isNaN(max) ? null : Instant.ofEpochMilli((long) max).toString());
        } else {
            m.put("entropy", finite(entropy));
        }
        m.put("mode", mode());
        List<Map<String, Object>> top = new ArrayList<>();
        for (LevelCount lc : topLevels) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", lc.level());
            level.put("count", lc.count());
            top.add(level);
        }
        m.put("top", top);
        return m;
    }

    /** A probability as pandas labels its percentiles: 0.25 as "25%", 0.001 as "0.1%". */
    public static String percent(double p) {
        String s = String.format(Locale.ROOT, "%.4f", p * 100).replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return s + "%";
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
