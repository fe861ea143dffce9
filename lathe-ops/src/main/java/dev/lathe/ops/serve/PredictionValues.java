package dev.lathe.ops.serve;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline's named predictions as JSON values: numbers for numeric columns (null where missing), labels
 * for the rest. Both protocols answer through it, so they can never disagree on a value.
 */
final class PredictionValues {

    private PredictionValues() {
    }

    /** The values of one column, row by row. */
    static List<Object> column(Column c) {
        List<Object> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            out.add(value(c, i));
        }
        return out;
    }

    /** MLflow's {@code predictions}: bare numbers for a regressor, one object per row otherwise. */
    static List<Object> mlflow(Frame predictions) {
        if (predictions.columnCount() == 1 && predictions.column(0) instanceof NumericColumn n) {
            return column(n);
        }
        List<Object> rows = new ArrayList<>(predictions.rowCount());
        for (int i = 0; i < predictions.rowCount(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column c : predictions.columns()) {
                row.put(c.name(), value(c, i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object value(Column c, int i) {
        if (c.isMissing(i)) {
            return null;
        }
        return c instanceof NumericColumn n ? (Object) n.get(i) : c.format(i);
    }
}
