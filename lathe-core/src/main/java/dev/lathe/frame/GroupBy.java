package dev.lathe.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a frame grouped by the values of one or more key columns (missing is a group of its own).
 * Obtained from {@link Frame#groupBy}; {@link #aggregate} turns each group into one output row.
 */
public final class GroupBy {

    private final Frame frame;
    private final List<String> keys;
    private final int[][] groups;

    GroupBy(Frame frame, List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("group-by needs at least one key column");
        }
        this.frame = frame;
        this.keys = List.copyOf(keys);
        this.groups = groupRows(frame, this.keys);
    }

    /** Number of distinct key combinations. */
    public int groupCount() {
        return groups.length;
    }

    /**
     * One row per group, sorted by the keys: the key columns followed by one column per aggregation.
     *
     * @param aggregations summaries of numeric columns; see {@link Aggregation}'s factories
     */
    public Frame aggregate(Aggregation... aggregations) {
        int[] firstRows = new int[groups.length];
        for (int g = 0; g < groups.length; g++) {
            firstRows[g] = groups[g][0];
        }
        List<Column> out = new ArrayList<>();
        for (String key : keys) {
            out.add(frame.column(key).take(firstRows));
        }
        for (Aggregation a : aggregations) {
            NumericColumn source = a.function() == Aggregation.Function.SIZE ? null : frame.numeric(a.column());
            double[] result = new double[groups.length];
            for (int g = 0; g < groups.length; g++) {
                int[] rows = groups[g];
                double[] values = new double[source == null ? 0 : rows.length];
                for (int k = 0; k < values.length; k++) {
                    values[k] = source.get(rows[k]);
                }
                result[g] = a.apply(values, rows.length);
            }
            out.add(NumericColumn.wrap(a.outputName(), result));
        }
        return Frame.of(out).sortBy(keys.toArray(String[]::new));
    }

    private static int[][] groupRows(Frame frame, List<String> keys) {
        int n = frame.rowCount();
        int[] groupOf = new int[n];
        int groupCount = 1;
        for (String key : keys) {
            int[] codes = valueCodes(frame.column(key));
            Map<Long, Integer> combined = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long pair = ((long) groupOf[i] << 32) | (codes[i] & 0xffffffffL);
                groupOf[i] = combined.computeIfAbsent(pair, p -> combined.size());
            }
            groupCount = combined.size();
        }
        int[] sizes = new int[groupCount];
        for (int g : groupOf) {
            sizes[g]++;
        }
        int[][] groups = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            groups[g] = new int[sizes[g]];
        }
        int[] filled = new int[groupCount];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            groups[g][filled[g]++] = i;
        }
        return groups;
    }

    /** Equal values (and all missing values) of a column get equal codes. */
    private static int[] valueCodes(Column column) {
        int n = column.size();
        int[] codes = new int[n];
        if (column instanceof CategoricalColumn cat) {
            for (int i = 0; i < n; i++) {
                codes[i] = cat.code(i);
            }
            return codes;
        }
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Object value = column.isMissing(i) ? null : keyOf(column, i);
            codes[i] = value == null ? -1 : seen.computeIfAbsent(value, v -> seen.size());
        }
        return codes;
    }

    private static Object keyOf(Column column, int i) {
        if (column instanceof NumericColumn c) {
            return Double.doubleToLongBits(c.get(i));
        } else if (column instanceof TimestampColumn c) {
            return c.epochMillis(i);
        } else if (column instanceof BooleanColumn c) {
            return c.get(i);
        } else if (column instanceof TextColumn c) {
            return c.get(i);
        }
        throw new IllegalStateException("unhandled column type " + column.type());
    }
}
