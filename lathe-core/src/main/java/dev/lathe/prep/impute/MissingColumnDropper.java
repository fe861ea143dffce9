package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the columns that are mostly missing: those whose share of missing values in the training rows exceeds
 * {@code threshold}. Which columns go is decided on the training rows; the fitted step drops the same columns
 * from new data, whatever their missing share there.
 *
 * @param columns   columns that may be dropped (default: every column)
 * @param threshold the largest missing share a column may have and stay (default 0.5; in [0, 1]; a column goes
 *                  when its share is strictly greater, so 1 keeps every column and 0 drops every column with a
 *                  missing value)
 */
public record MissingColumnDropper(ColumnSelector columns, double threshold) implements Transformer {

    public MissingColumnDropper {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.inRange("threshold", threshold, 0, 1);
    }

    /** Drops any column missing in more than half of the training rows. */
    public MissingColumnDropper() {
        this(0.5);
    }

    /** Drops any column whose missing share in training exceeds {@code threshold}. */
    public MissingColumnDropper(double threshold) {
        this(ColumnSelector.types(ColumnType.values()), threshold);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        List<String> dropped = new ArrayList<>();
        for (String name : columns.select(data)) {
            if ((double) data.column(name).missingCount() / data.rowCount() > threshold) {
                dropped.add(name);
            }
        }
        return new Fitted(dropped);
    }

    /**
     * The columns to drop.
     *
     * @param dropped names of the columns that were mostly missing in training
     */
    public record Fitted(List<String> dropped) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "missing_column_dropper";

        public Fitted {
            dropped = List.copyOf(dropped);
        }

        @Override
        public Frame transform(Frame data) {
            dropped.forEach(name -> ColumnChecks.column(data, name, TYPE));
            return data.drop(dropped.toArray(String[]::new));
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("dropped", dropped);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getStrings("dropped"));
        }
    }
}
