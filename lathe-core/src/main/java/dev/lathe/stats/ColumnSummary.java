package dev.lathe.stats;

import dev.lathe.frame.ColumnType;
import java.util.List;

/**
 * Descriptive statistics of one column, as {@code lathe describe} prints them. Numeric fields are NaN
 * for non-numeric columns; {@code topLevels} is empty for numeric ones.
 *
 * @param count    present (non-missing) values
 * @param missing  missing values
 * @param distinct distinct present values
 * @param mean     arithmetic mean
 * @param std      sample standard deviation (divisor n - 1)
 * @param q1       25th percentile (linear interpolation, as pandas and NumPy by default)
 * @param median   50th percentile
 * @param q3       75th percentile
 * @param min      smallest value (for timestamps: epoch milliseconds)
 * @param max      largest value (for timestamps: epoch milliseconds)
 * @param topLevels the most frequent values with their counts, most frequent first
 */
public record ColumnSummary(String name, ColumnType type, long count, long missing, long distinct,
                            double mean, double std, double min, double q1, double median, double q3, double max,
                            List<LevelCount> topLevels) {

    /** A value and how many rows hold it. */
    public record LevelCount(String level, long count) {
    }

    public ColumnSummary {
        topLevels = List.copyOf(topLevels);
    }

    /**
     * The summary as a JSON-able map, the form {@code lathe describe --json} prints and model files keep as
     * reference statistics: numeric columns with mean, std, min, q1, median, q3, max (null where undefined);
     * timestamps with ISO-8601 min and max; other types with their top levels and counts.
     */
    public java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("type", type.label());
        m.put("count", count);
        m.put("missing", missing);
        m.put("distinct", distinct);
        if (type == ColumnType.NUMERIC) {
            m.put("mean", finite(mean));
            m.put("std", finite(std));
            m.put("min", finite(min));
            m.put("q1", finite(q1));
            m.put("median", finite(median));
            m.put("q3", finite(q3));
            m.put("max", finite(max));
        } else if (type == ColumnType.TIMESTAMP) {
            m.put("min", Double.isNaN(min) ? null : java.time.Instant.ofEpochMilli((long) min).toString());
            m.put("max", Double.isNaN(max) ? null : java.time.Instant.ofEpochMilli((long) max).toString());
        } else {
            List<java.util.Map<String, Object>> top = new java.util.ArrayList<>();
            for (LevelCount lc : topLevels) {
                java.util.Map<String, Object> level = new java.util.LinkedHashMap<>();
                level.put("level", lc.level());
                level.put("count", lc.count());
                top.add(level);
            }
            m.put("top", top);
        }
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
