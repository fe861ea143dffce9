package dev.lathe.stats;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.math.Moments;
import dev.lathe.math.Quantiles;
import dev.lathe.parallel.Chunks;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-column descriptive statistics of a frame (what pandas' {@code describe} gives, for every type). */
public final class Describe {

    /** How many of the most frequent values a non-numeric summary lists. */
    public static final int TOP_LEVELS = 5;

    private Describe() {
    }

    /** One summary per column, in column order; columns are summarised in parallel through {@link Chunks}, safe inside other parallel work. */
    public static List<ColumnSummary> of(Frame frame) {
        ColumnSummary[] out = new ColumnSummary[frame.columnCount()];
        Chunks.run(out.length, j -> out[j] = of(frame.column(j)));
        return List.of(out);
    }

    /** The summary of one column. */
    public static ColumnSummary of(Column column) {
        long missing = column.missingCount();
        long count = column.size() - missing;
        if (column instanceof NumericColumn n) {
            return numeric(n.name(), ColumnType.NUMERIC, n.toArray(), count, missing);
        }
        if (column instanceof TimestampColumn t) {
            double[] millis = new double[t.size()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = t.isMissing(i) ? Double.NaN : t.epochMillis(i);
            }
            return numeric(t.name(), ColumnType.TIMESTAMP, millis, count, missing);
        }
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts.merge(column.format(i), 1L, Long::sum);
            }
        }
        List<ColumnSummary.LevelCount> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_LEVELS)
                .map(e -> new ColumnSummary.LevelCount(e.getKey(), e.getValue()))
                .toList();
        double nan = Double.NaN;
        return new ColumnSummary(column.name(), column.type(), count, missing, counts.size(),
                nan, nan, nan, nan, nan, nan, nan, top);
    }

    private static ColumnSummary numeric(String name, ColumnType type, double[] values, long count, long missing) {
        Moments m = Moments.of(values);
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        long distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int n = sorted.length;
        return new ColumnSummary(name, type, count, missing, distinct, m.mean(), m.sd(),
                n == 0 ? Double.NaN : sorted[0],
                Quantiles.ofSorted(sorted, n, 0.25), Quantiles.ofSorted(sorted, n, 0.5),
                Quantiles.ofSorted(sorted, n, 0.75),
                n == 0 ? Double.NaN : sorted[n - 1], List.of());
    }
}
