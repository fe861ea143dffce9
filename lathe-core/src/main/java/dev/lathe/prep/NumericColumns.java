package dev.lathe.prep;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.List;

/** Shared plumbing of steps that map numeric columns one by one: checked lookups and in-place replacement. */
public final class NumericColumns {

    /** Maps the values of the j-th selected column to new values (a new array; the input must not change). */
    @FunctionalInterface
    public interface ColumnMap {
        double[] apply(int j, double[] values);
    }

    private NumericColumns() {
    }

    /**
     * The values of numeric column {@code name}, failing with a message naming the step when the column
     * is absent or not numeric.
     */
    public static double[] values(Frame data, String name, String step) {
        Column c = ColumnChecks.column(data, name, step);
        if (!(c instanceof NumericColumn n)) {
            throw new IllegalArgumentException(step + " needs column '" + name + "' to be numeric, it is "
                    + c.type().label());
        }
        return n.toArray();
    }

    /** {@code data} with each column of {@code names} replaced, in place, by {@code map}'s output. */
    public static Frame replace(Frame data, List<String> names, String step, ColumnMap map) {
        Frame out = data;
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            double[] mapped = map.apply(j, values(data, name, step));
            out = out.withColumn(NumericColumn.wrap(name, mapped));
        }
        return out;
    }
}
