package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.List;

/**
 * Frequency (count) encoding: each label becomes the share of training rows that have it, or their number.
 * The column is replaced, in place, by a numeric column. A missing value is a level of its own (its share
 * of training rows, 0 if training had none); a label unseen in training gives 0.
 *
 * @param columns   columns to encode, categorical or text (default: every categorical column)
 * @param normalize true for the share of training rows in [0, 1] (default), false for the row count
 */
public record FrequencyEncoder(ColumnSelector columns, boolean normalize) implements Transformer {

    public FrequencyEncoder {
        Inputs.given("columns", columns);
    }

    /** Encodes every categorical column by the share of training rows of each label. */
    public FrequencyEncoder() {
        this(ColumnSelector.types(ColumnType.CATEGORICAL), true);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        double scale = normalize ? data.rowCount() : 1;
        List<LevelTable> tables = new ArrayList<>();
        for (String name : columns.select(data)) {
            Labels.Coded coded = Labels.sorted(data, name, Fitted.TYPE);
            int[] counts = coded.counts();
            double[] values = new double[counts.length + 1];
            for (int k = 0; k < counts.length; k++) {
                values[k] = counts[k] / scale;
            }
            values[counts.length] = coded.missing() / scale;
            tables.add(new LevelTable(name, coded.levels(), values, new double[] {0}));
        }
        return new Fitted(tables);
    }

    /** The learned share (or count) of each level of each encoded column. */
    public record Fitted(List<LevelTable> tables) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "frequency_encoder";

        public Fitted {
            tables = List.copyOf(tables);
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (LevelTable t : tables) {
                out = t.replace(out, List.of(), TYPE);
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            LevelTable.saveAll(out, tables);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(LevelTable.loadAll(in, 1));
        }
    }
}
