package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;

/** The order of rows in time, for splits that must never train on the future. */
final class TimeOrder {

    private TimeOrder() {
    }

    /**
     * Row numbers from earliest to latest: row order when {@code timeColumn} is null, else ascending by that
     * timestamp or numeric column (stable, so equal times keep row order). Fails when the column is absent,
     * of another type, or has a missing value.
     *
     * @param splitter the splitter's name for messages
     */
    static int[] of(String splitter, Frame data, String timeColumn) {
        int n = data.rowCount();
        if (timeColumn == null) {
            return Rows.identity(n);
        }
        if (!data.has(timeColumn)) {
            throw new IllegalArgumentException(splitter + " needs the time column '" + timeColumn
                    + "', which the data does not have; columns: " + data.names());
        }
        Column time = data.column(timeColumn);
        if (time.type() != ColumnType.TIMESTAMP && time.type() != ColumnType.NUMERIC) {
            throw new IllegalArgumentException(splitter + ": time column '" + timeColumn + "' is "
                    + time.type().label() + "; it must be a timestamp or numeric column");
        }
        for (int i = 0; i < n; i++) {
            if (time.isMissing(i)) {
                throw new IllegalArgumentException(splitter + ": time column '" + timeColumn
                        + "' has a missing value in row " + (i + 1) + "; every row needs a time");
            }
        }
        double[] rows = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        NumericColumn sorted = Frame.of(time.withName("time"), NumericColumn.wrap("row", rows))
                .sortBy("time").numeric("row");
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = (int) sorted.get(p);
        }
        return order;
    }
}
