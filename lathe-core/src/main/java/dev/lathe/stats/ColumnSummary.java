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
}
