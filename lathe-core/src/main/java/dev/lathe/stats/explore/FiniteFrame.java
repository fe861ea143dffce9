package dev.lathe.stats.explore;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.ColumnSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame the statistics of an exploration read: numeric columns holding +-infinity are copied with those
 * values as missing (NaN), as {@link dev.lathe.stats.Describe} treats them; every other column is the
 * original.
 */
final class FiniteFrame {

    private FiniteFrame() {
    }

    /** {@code frame} without infinities; {@code summaries} (one per column, in order) say which columns hold any. */
    static Frame of(Frame frame, List<ColumnSummary> summaries) {
        List<Column> columns = new ArrayList<>(frame.columnCount());
        for (int j = 0; j < frame.columnCount(); j++) {
            Column c = frame.column(j);
            if (c instanceof NumericColumn n && summaries.get(j).infinite() > 0) {
                double[] v = n.toArray();
                for (int i = 0; i < v.length; i++) {
                    if (Double.isInfinite(v[i])) {
                        v[i] = Double.NaN;
                    }
                }
                columns.add(NumericColumn.wrap(n.name(), v));
            } else {
                columns.add(c);
            }
        }
        return Frame.of(columns);
    }
}
