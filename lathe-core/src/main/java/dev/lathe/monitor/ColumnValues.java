package dev.lathe.monitor;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The present values of one column as drift statistics take them: finite numbers for numeric columns, label counts
 * for every column (numbers formatted), and the count of missing values (NaN and infinities count as missing).
 *
 * @param numbers the finite values of a numeric column, or null for other columns
 * @param counts  present label -> count, in order of first appearance
 * @param present number of present values
 * @param missing number of missing values
 */
record ColumnValues(double[] numbers, Map<String, Long> counts, int present, int missing) {

    /** Reads {@code column}, which must be numeric, categorical or boolean. */
    static ColumnValues of(Column column) {
        ColumnType type = column.type();
        if (type != ColumnType.NUMERIC && type != ColumnType.CATEGORICAL && type != ColumnType.BOOLEAN) {
            throw new IllegalArgumentException(type.label() + " columns are not monitored for drift");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        double[] numbers = null;
        if (column instanceof NumericColumn numeric) {
            numbers = new double[column.size()];
            int n = 0;
            for (int i = 0; i < column.size(); i++) {
                double v = numeric.get(i);
                if (Double.isFinite(v)) {
                    numbers[n++] = v + 0.0;
                    counts.merge(NumericColumn.format(v + 0.0), 1L, Long::sum);
                }
            }
            numbers = Arrays.copyOf(numbers, n);
        } else {
            for (int i = 0; i < column.size(); i++) {
                if (!column.isMissing(i)) {
                    counts.merge(column.format(i), 1L, Long::sum);
                }
            }
        }
        int present = (int) counts.values().stream().mapToLong(Long::longValue).sum();
        return new ColumnValues(numbers, counts, present, column.size() - present);
    }

    /** Share of missing values among all rows. */
    double missingShare() {
        return (double) missing / (present + missing);
    }
}
