package dev.lathe.monitor;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The present values of one column as drift statistics take them: finite numbers for numeric columns, label counts
 * (numbers formatted) for categorical and boolean columns and for numeric columns with few distinct values, and the
 * count of missing values (NaN and infinities count as missing).
 *
 * @param numbers the finite values of a numeric column, or null for other columns
 * @param counts  present label -> count, in order of first appearance; null for a numeric column with more than
 *                {@link #MAX_CATEGORY_VALUES} distinct values
 * @param present number of present values
 * @param missing number of missing values
 */
record ColumnValues(double[] numbers, Map<String, Long> counts, int present, int missing) {

    /** A numeric column with at most this many distinct values (both samples together) is read as categories. */
    static final int MAX_CATEGORY_VALUES = 5;

    /** Reads {@code column}, which must be numeric, categorical or boolean. */
    static ColumnValues of(Column column) {
        ColumnType type = column.type();
        if (type != ColumnType.NUMERIC && type != ColumnType.CATEGORICAL && type != ColumnType.BOOLEAN) {
            throw new IllegalArgumentException(type.label() + " columns are not monitored for drift");
        }
        if (column instanceof NumericColumn numeric) {
            double[] numbers = new double[column.size()];
            int n = 0;
            for (int i = 0; i < column.size(); i++) {
                double v = numeric.get(i);
                if (Double.isFinite(v)) {
                    numbers[n++] = v + 0.0;
                }
            }
            numbers = Arrays.copyOf(numbers, n);
            return new ColumnValues(numbers, fewValueCounts(numbers), n, column.size() - n);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts.merge(column.format(i), 1L, Long::sum);
            }
        }
        int present = (int) counts.values().stream().mapToLong(Long::longValue).sum();
        return new ColumnValues(null, counts, present, column.size() - present);
    }

    /** Counts per formatted value, or null as soon as there are more than {@link #MAX_CATEGORY_VALUES} values. */
    private static Map<String, Long> fewValueCounts(double[] numbers) {
        Map<Double, Long> counts = new LinkedHashMap<>();
        for (double v : numbers) {
            counts.merge(v, 1L, Long::sum);
            if (counts.size() > MAX_CATEGORY_VALUES) {
                return null;
            }
        }
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((v, c) -> labelled.put(NumericColumn.format(v), c));
        return labelled;
    }

    /**
     * The labels of both samples in order of first appearance, or null when either is a numeric column with many
     * values or both together have more than {@link #MAX_CATEGORY_VALUES} values and are numeric: then the column
     * is compared as numbers.
     */
    static Set<String> categories(ColumnValues reference, ColumnValues current) {
        if (reference.counts() == null || current.counts() == null) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>(reference.counts().keySet());
        keys.addAll(current.counts().keySet());
        return reference.numbers() != null && keys.size() > MAX_CATEGORY_VALUES ? null : keys;
    }

    /** Share of missing values among all rows. */
    double missingShare() {
        return (double) missing / (present + missing);
    }
}
