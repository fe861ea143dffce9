package dev.lathe.prep.feature;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.NumericColumns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Column plumbing shared by the feature steps: checked selection when fitting and placement of new columns. */
final class FeatureColumns {

    private FeatureColumns() {
    }

    /** Fails when {@code data} has no rows: there is nothing to learn from. */
    static void requireRows(Frame data, String step) {
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(step + " cannot be fitted on empty data (0 rows)");
        }
    }

    /** The columns {@code selector} picks in training data, which must have rows and at least one such column. */
    static List<String> select(ColumnSelector selector, Frame data, String step) {
        requireRows(data, step);
        List<String> names = selector.select(data);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(step + " selects no columns (" + selector + ") among " + data.names());
        }
        return names;
    }

    /**
     * The non-missing values of numeric column {@code name}, sorted ascending; fails when the column is
     * absent, not numeric, or has no value at all.
     */
    static double[] sortedValues(Frame data, String name, String step) {
        double[] values = NumericColumns.values(data, name, step);
        double[] sorted = Quantiles.sortedWithoutNaN(values);
        if (sorted.length == 0) {
            throw new IllegalArgumentException(step + " cannot learn from column '" + name + "': all its "
                    + values.length + " values are missing");
        }
        return sorted;
    }

    /** The categorical column {@code name}, failing with a message naming the step when absent or of another type. */
    static CategoricalColumn categorical(Frame data, String name, String step) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(step + " needs column '" + name + "', which the data does not have; "
                    + "columns: " + data.names());
        }
        Column c = data.column(name);
        if (!(c instanceof CategoricalColumn cat)) {
            throw new IllegalArgumentException(step + " needs column '" + name + "' to be categorical, it is "
                    + c.type().label());
        }
        return cat;
    }

    /**
     * {@code data} with each column named in {@code replacements} replaced, at its position, by the given
     * columns (none removes it); fails when a new column would repeat a name.
     */
    static Frame replace(Frame data, Map<String, ? extends List<? extends Column>> replacements, String step) {
        List<Column> out = new ArrayList<>();
        for (Column c : data.columns()) {
            List<? extends Column> replacement = replacements.get(c.name());
            if (replacement == null) {
                out.add(c);
            } else {
                out.addAll(replacement);
            }
        }
        return checkedFrame(out, step);
    }

    /** {@code data} with {@code added} at the end; fails when a new column would repeat a name. */
    static Frame append(Frame data, List<? extends Column> added, String step) {
        List<Column> out = new ArrayList<>(data.columns());
        out.addAll(added);
        return checkedFrame(out, step);
    }

    private static Frame checkedFrame(List<Column> columns, String step) {
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException(step + " would create column '" + c.name()
                        + "', which the data already has; rename that column first");
            }
        }
        return Frame.of(columns);
    }
}
