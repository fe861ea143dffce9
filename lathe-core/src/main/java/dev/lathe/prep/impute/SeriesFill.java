package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * Forward fill (each missing value takes the last known value before it, as pandas {@code ffill}) or backward
 * fill (the next known value after it, as pandas {@code bfill}), along row order or along a time column (rows
 * need not be sorted; equal times keep row order; rows without a time are left alone). Works on columns of
 * every type; values before the first (forward) or after the last (backward) known value stay missing.
 *
 * <p>Nothing is learned from the training rows: at prediction time the step fills within the rows it is
 * given, so those should hold whole series, not single rows.
 *
 * @param columns    columns to fill (default: every column); never the time column
 * @param direction  {@code forward} (default) or {@code backward}
 * @param timeColumn the timestamp or numeric column giving each row's time; null (default) for row order
 */
public record SeriesFill(ColumnSelector columns, Direction direction, String timeColumn) implements Transformer {

    /** Which known value a missing one takes: the one before it or the one after it. */
    public enum Direction { FORWARD, BACKWARD }

    public SeriesFill {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction must be forward or backward");
        }
        SeriesOrder.checkName(timeColumn);
    }

    /** Forward fill of every column along row order. */
    public SeriesFill() {
        this(Direction.FORWARD, null);
    }

    /** Fills every column in {@code direction} along {@code timeColumn} (null: row order). */
    public SeriesFill(Direction direction, String timeColumn) {
        this(ColumnSelector.types(ColumnType.values()), direction, timeColumn);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        return new Fitted(SeriesOrder.trainingColumns(data, columns.select(data), timeColumn, Fitted.TYPE),
                direction, timeColumn);
    }

    /**
     * The columns to fill and how.
     *
     * @param columns    the filled columns
     * @param direction  forward or backward
     * @param timeColumn the time column, or null for row order
     */
    public record Fitted(List<String> columns, Direction direction, String timeColumn) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "series_fill";

        public Fitted {
            columns = List.copyOf(columns);
        }

        /** {@code data} with its missing values filled from its own rows. */
        @Override
        public Frame transform(Frame data) {
            SeriesOrder order = SeriesOrder.of(data, timeColumn, TYPE);
            Frame out = data;
            for (String name : columns) {
                Column c = ColumnChecks.column(data, name, TYPE);
                out = out.withColumn(c.take(sources(c, order.rows())));
            }
            return out;
        }

        /** For each row, the row whose value it takes: itself, or the nearest known row in the fill direction. */
        private int[] sources(Column c, int[] rows) {
            int[] source = new int[c.size()];
            for (int i = 0; i < source.length; i++) {
                source[i] = i;
            }
            int known = -1;
            for (int k = 0; k < rows.length; k++) {
                int r = rows[direction == Direction.FORWARD ? k : rows.length - 1 - k];
                if (!c.isMissing(r)) {
                    known = r;
                } else if (known >= 0) {
                    source[r] = known;
                }
            }
            return source;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("direction", StepEnums.label(direction));
            out.put("time_column", timeColumn);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("columns"), StepEnums.read(in, "direction", Direction.class),
                    in.getString("time_column"));
        }
    }
}
