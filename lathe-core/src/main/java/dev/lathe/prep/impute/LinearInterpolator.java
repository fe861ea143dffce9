package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Linear interpolation of missing numeric values between the nearest known values before and after them,
 * along row order (equally spaced, as pandas {@code interpolate(method="linear")}) or along a time column
 * (spaced by time, as pandas {@code method="time"}; rows need not be sorted, rows without a time are left
 * alone). Missing values before the first or after the last known value are left missing or take that
 * nearest known value, by option.
 *
 * <p>Nothing is learned from the training rows: at prediction time the step interpolates within the rows it
 * is given, so those should hold whole series, not single rows.
 *
 * @param columns    columns to fill (default: every numeric column); never the time column
 * @param timeColumn the timestamp or numeric column giving each row's time; null (default) for row order
 * @param edges      {@code leave} (default): missing values outside the known ones stay missing;
 *                   {@code nearest}: they take the first or last known value
 */
public record LinearInterpolator(ColumnSelector columns, String timeColumn, Edges edges) implements Transformer {

    /** What becomes of missing values before the first and after the last known value. */
    public enum Edges { LEAVE, NEAREST }

    public LinearInterpolator {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        SeriesOrder.checkName(timeColumn);
        if (edges == null) {
            throw new IllegalArgumentException("edges must be leave or nearest");
        }
    }

    /** Interpolates every numeric column along row order, leaving the edges missing. */
    public LinearInterpolator() {
        this(null, Edges.LEAVE);
    }

    /** Interpolates every numeric column along {@code timeColumn} (null: row order). */
    public LinearInterpolator(String timeColumn, Edges edges) {
        this(ColumnSelector.types(ColumnType.NUMERIC), timeColumn, edges);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = SeriesOrder.trainingColumns(data, columns.select(data), timeColumn, Fitted.TYPE);
        for (String name : names) {
            NumericColumns.values(data, name, Fitted.TYPE); // fails unless numeric
        }
        return new Fitted(names, timeColumn, edges);
    }

    /**
     * The columns to interpolate and how.
     *
     * @param columns    the filled columns
     * @param timeColumn the time column, or null for row order
     * @param edges      what becomes of the edges
     */
    public record Fitted(List<String> columns, String timeColumn, Edges edges) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "linear_interpolator";

        public Fitted {
            columns = List.copyOf(columns);
        }

        /** {@code data} with its missing values interpolated within its own rows. */
        @Override
        public Frame transform(Frame data) {
            SeriesOrder order = SeriesOrder.of(data, timeColumn, TYPE);
            return NumericColumns.replace(data, columns, TYPE, (j, v) -> interpolate(v, order));
        }

        private double[] interpolate(double[] v, SeriesOrder order) {
            double[] out = v.clone();
            int[] rows = order.rows();
            double[] t = order.times();
            int previous = -1;
            for (int p = 0; p < rows.length; p++) {
                if (Double.isNaN(v[rows[p]])) {
                    continue;
                }
                if (previous >= 0) {
                    double left = v[rows[previous]];
                    double slope = (v[rows[p]] - left) / (t[p] - t[previous]);
                    for (int q = previous + 1; q < p; q++) {
                        out[rows[q]] = t[q] == t[previous] ? left : slope * (t[q] - t[previous]) + left;
                    }
                } else if (edges == Edges.NEAREST) {
                    for (int q = 0; q < p; q++) {
                        out[rows[q]] = v[rows[p]];
                    }
                }
                previous = p;
            }
            if (previous >= 0 && edges == Edges.NEAREST) {
                for (int q = previous + 1; q < rows.length; q++) {
                    out[rows[q]] = v[rows[previous]];
                }
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("time_column", timeColumn);
            out.put("edges", StepEnums.label(edges));
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("columns"), in.getString("time_column"),
                    StepEnums.read(in, "edges", Edges.class));
        }
    }
}
