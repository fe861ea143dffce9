package dev.lathe.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of data with a header row. Cells are numbers, text or null (empty): numbers are formatted with
 * {@link dev.lathe.report.Numbers#format(double)} (whole types as they are) and right-aligned, so are the
 * headers of columns that hold only numbers; text is escaped. Build with {@link #of} and {@link #row}.
 */
public final class DataTable implements Block {

    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    private DataTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** An empty table with these column headers (at least one). */
    public static DataTable of(String... columns) {
        return of(List.of(columns));
    }

    /** An empty table with these column headers (at least one). */
    public static DataTable of(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new DataTable(columns);
    }

    /**
     * Adds a row.
     *
     * @param cells one per column: a {@link Number}, null for empty, or anything else (shown as its text)
     */
    public DataTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row " + (rows.size() + 1) + " has " + cells.length
                    + " cells but the table has " + columns.size() + " columns " + columns);
        }
        rows.add(cells.clone());
        return this;
    }

    /** The column headers. */
    public List<String> columns() {
        return columns;
    }

    /** The number of rows. */
    public int rowCount() {
        return rows.size();
    }

    /** The cell at {@code row}, {@code column} (0-based). */
    public Object cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** Whether every non-empty cell of {@code column} is a number (and at least one is). */
    public boolean isNumeric(int column) {
        boolean any = false;
        for (Object[] r : rows) {
            if (r[column] != null) {
                if (!(r[column] instanceof Number)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
