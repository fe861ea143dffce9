package dev.lathe.prep;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;

/** Checks that preparation steps share, failing with messages that name the step and the column at fault. */
public final class ColumnChecks {

    private ColumnChecks() {
    }

    /** Column {@code name} of {@code data}; fails naming {@code step} and listing the columns when absent. */
    public static Column column(Frame data, String name, String step) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(step + " needs column '" + name + "', which the data does not have; "
                    + "columns: " + data.names());
        }
        return data.column(name);
    }

    /** Fails when {@code data} has no rows: a step cannot learn anything from them. */
    public static void requireRows(Frame data, String step) {
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(step + " cannot be fitted on data with no rows");
        }
    }

    /** Fails when training column {@code column} holds no value at all, so that nothing can be learned from it. */
    public static void requireValues(Column column, String step) {
        if (column.missingCount() == column.size()) {
            throw new IllegalArgumentException(step + " needs values in column '" + column.name()
                    + "', which has none in the training data");
        }
    }
}
