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
import java.util.Arrays;
import java.util.List;

/**
 * One-hot encoding, as scikit-learn 1.2's OneHotEncoder: each column is replaced, in place, by one numeric
 * 0/1 indicator column per category, named {@code <column>_<label>}, in sorted label order. Categories
 * rarer than {@code min_frequency} are grouped into one column {@code <column>_infrequent} placed last
 * (scikit-learn calls it {@code infrequent_sklearn}). With {@code handle_missing=category} a missing value
 * is a category of its own, named {@code nan} and sorted last, as in scikit-learn.
 *
 * @param columns        columns to encode, categorical or text (default: every categorical column)
 * @param drop           indicator to leave out, after infrequent grouping: {@code none} (default),
 *                       {@code first} (the first output of each column), or {@code if_binary} (the first
 *                       output of columns with exactly two)
 * @param handleUnknown  what a label unseen in training gives: {@code error} (default), {@code ignore} (all
 *                       zeros), or {@code infrequent_if_exist} (the infrequent column if there is one, else
 *                       all zeros)
 * @param minFrequency   categories with fewer training rows are grouped as infrequent: 0 turns grouping off
 *                       (default), a value in (0, 1) is a fraction of the training rows, a whole number of
 *                       at least 1 a count
 * @param handleMissing  what a missing value gives: {@code category} (default; its own category
 *                       {@code nan} when training had missing values, else treated as an unseen label) or
 *                       {@code zeros} (all zeros, never an error)
 */
public record OneHotEncoder(ColumnSelector columns, Drop drop, HandleUnknown handleUnknown, double minFrequency,
                            HandleMissing handleMissing) implements Transformer {

    /** Output label of the missing-value category. */
    static final String MISSING_LABEL = "nan";
    /** Output label of the infrequent group. */
    static final String INFREQUENT_LABEL = "infrequent";

    /** Which indicator to leave out of each column's outputs. */
    public enum Drop {
        /** Keep every indicator. */
        NONE,
        /** Leave out the first output. */
        FIRST,
        /** Leave out the first output of columns that have exactly two. */
        IF_BINARY
    }

    /** What a label unseen in training gives. */
    public enum HandleUnknown {
        /** Fail, naming the column, the label and its row. */
        ERROR,
        /** All indicators zero. */
        IGNORE,
        /** The infrequent indicator if the column has one, else all zeros. */
        INFREQUENT_IF_EXIST
    }

    /** What a missing value gives. */
    public enum HandleMissing {
        /** A category of its own ({@code <column>_nan}) when training had missing values. */
        CATEGORY,
        /** All indicators zero. */
        ZEROS
    }

    public OneHotEncoder {
        Inputs.given("columns", columns);
        Inputs.given("drop", drop);
        Inputs.given("handle_unknown", handleUnknown);
        Inputs.given("handle_missing", handleMissing);
        if (!(minFrequency >= 0) || Double.isInfinite(minFrequency)
                || (minFrequency >= 1 && minFrequency != Math.rint(minFrequency))) {
            throw new IllegalArgumentException("min_frequency must be 0 (off), a fraction in (0, 1) or a whole "
                    + "count of at least 1, got " + minFrequency);
        }
    }

    /** Encodes every categorical column, keeping every indicator, failing on labels unseen in training. */
    public OneHotEncoder() {
        this(ColumnSelector.types(ColumnType.CATEGORICAL), Drop.NONE, HandleUnknown.ERROR, 0,
                HandleMissing.CATEGORY);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        List<OneHotColumn> layouts = new ArrayList<>();
        for (String name : columns.select(data)) {
            layouts.add(layout(name, Labels.sorted(data, name, Fitted.TYPE), data.rowCount()));
        }
        return new Fitted(layouts);
    }

    /** The indicator layout of one column from its training labels. */
    private OneHotColumn layout(String name, Labels.Coded coded, int rows) {
        List<String> labels = new ArrayList<>(coded.levels());
        int[] counts = coded.counts();
        boolean missingCategory = handleMissing == HandleMissing.CATEGORY && coded.missing() > 0;
        if (missingCategory) {
            labels.add(MISSING_LABEL);
            counts = Arrays.copyOf(counts, counts.length + 1);
            counts[counts.length - 1] = coded.missing();
        }
        double threshold = minFrequency >= 1 ? minFrequency : minFrequency * rows;
        List<String> outputs = new ArrayList<>();
        int[] slots = new int[labels.size()];
        List<Integer> infrequent = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            if (counts[k] < threshold) {
                infrequent.add(k);
            } else {
                slots[k] = outputs.size();
                outputs.add(labels.get(k));
            }
        }
        int infrequentSlot = OneHotColumn.ZEROS;
        if (!infrequent.isEmpty()) {
            infrequentSlot = outputs.size();
            infrequent.forEach(k -> slots[k] = outputs.size());
            outputs.add(INFREQUENT_LABEL);
        }
        if (!outputs.isEmpty() && (drop == Drop.FIRST || (drop == Drop.IF_BINARY && outputs.size() == 2))) {
            outputs.remove(0);
            for (int k = 0; k < slots.length; k++) {
                slots[k]--;
            }
            infrequentSlot = Math.max(infrequentSlot - 1, OneHotColumn.ZEROS);
        }
        int unknownSlot = switch (handleUnknown) {
            case ERROR -> OneHotColumn.REFUSE;
            case IGNORE -> OneHotColumn.ZEROS;
            case INFREQUENT_IF_EXIST -> infrequentSlot;
        };
        int missingSlot = handleMissing == HandleMissing.ZEROS ? OneHotColumn.ZEROS
                : missingCategory ? slots[slots.length - 1] : unknownSlot;
        int categoryCount = coded.levels().size();
        return new OneHotColumn(name, coded.levels(), Arrays.copyOf(slots, categoryCount), missingSlot,
                unknownSlot, outputs);
    }

    /** The learned indicator layout of each encoded column. */
    public record Fitted(List<OneHotColumn> columns) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "one_hot_encoder";

        public Fitted {
            columns = List.copyOf(columns);
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (OneHotColumn c : columns) {
                out = ColumnSplice.replace(out, c.name(), c.encode(data, TYPE), TYPE);
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns.stream().map(OneHotColumn::name).toList());
            SavedLevels.save(out, columns.stream().map(OneHotColumn::categories).toList());
            int[] missing = new int[columns.size()];
            int[] unknown = new int[columns.size()];
            for (int j = 0; j < columns.size(); j++) {
                OneHotColumn c = columns.get(j);
                out.put("outputs_" + j, c.outputs());
                out.ints("slots_" + j, c.slots());
                missing[j] = c.missingSlot();
                unknown[j] = c.unknownSlot();
            }
            out.ints("missing_slots", missing);
            out.ints("unknown_slots", unknown);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> names = in.getStrings("columns");
            List<List<String>> categories = SavedLevels.load(in, names.size());
            int[] missing = in.ints("missing_slots");
            int[] unknown = in.ints("unknown_slots");
            if (missing.length != names.size() || unknown.length != names.size()) {
                throw in.fail("has " + names.size() + " columns but " + missing.length + " missing slots and "
                        + unknown.length + " unknown slots");
            }
            List<OneHotColumn> columns = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                columns.add(new OneHotColumn(names.get(j), categories.get(j), in.ints("slots_" + j), missing[j],
                        unknown[j], in.getStrings("outputs_" + j)));
            }
            return new Fitted(columns);
        }
    }
}
