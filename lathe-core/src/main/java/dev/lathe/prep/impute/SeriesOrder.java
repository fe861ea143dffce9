package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.prep.ColumnChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a frame in series order, for interpolation and fills: row order when there is no time column,
 * else ascending time in a timestamp or numeric column, equal times in row order. Rows without a time are
 * left out, so they are neither filled nor used to fill others.
 *
 * @param rows  row numbers in series order
 * @param times each listed row's position on the series axis (its row number, epoch milliseconds or number)
 */
record SeriesOrder(int[] rows, double[] times) {

    /** Checks a {@code time_column} hyperparameter: null (row order) or a non-blank name. */
    static void checkName(String timeColumn) {
        if (timeColumn != null && timeColumn.isBlank()) {
            throw new IllegalArgumentException("time_column must be a column name, or absent for row order");
        }
    }

    /** The rows of {@code data} along {@code timeColumn} (null: row order). */
    static SeriesOrder of(Frame data, String timeColumn, String step) {
        int n = data.rowCount();
        double[] rowNumbers = new double[n];
        for (int i = 0; i < n; i++) {
            rowNumbers[i] = i;
        }
        if (timeColumn == null) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            return new SeriesOrder(rows, rowNumbers);
        }
        Column time = ColumnChecks.column(data, timeColumn, step);
        if (!(time instanceof TimestampColumn || time instanceof NumericColumn)) {
            throw new IllegalArgumentException(step + " needs time column '" + timeColumn
                    + "' to be timestamp or numeric, it is " + time.type().label());
        }
        // a stable sort that puts missing times last
        NumericColumn sorted = Frame.of(time.withName("time"), NumericColumn.wrap("row", rowNumbers)).sortBy("time")
                .numeric("row");
        int present = n - time.missingCount();
        int[] rows = new int[present];
        double[] times = new double[present];
        for (int p = 0; p < present; p++) {
            rows[p] = (int) sorted.get(p);
            times[p] = time instanceof TimestampColumn t ? t.epochMillis(rows[p]) : ((NumericColumn) time).get(rows[p]);
        }
        return new SeriesOrder(rows, times);
    }

    /**
     * The columns a series step acts on: the selected ones without the time column, each present and holding
     * some value in the training rows.
     */
    static List<String> trainingColumns(Frame data, List<String> selected, String timeColumn, String step) {
        ColumnChecks.requireRows(data, step);
        of(data, timeColumn, step); // fails unless the time column exists with a usable type
        List<String> out = new ArrayList<>();
        for (String name : selected) {
            if (!name.equals(timeColumn)) {
                ColumnChecks.requireValues(ColumnChecks.column(data, name, step), step);
                out.add(name);
            }
        }
        return out;
    }
}
