package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ordinal encoding, as scikit-learn's OrdinalEncoder: each label becomes its position (0, 1, 2...) in its
 * column's list of categories, given explicitly or learned as the sorted training labels. The column is
 * replaced, in place, by a numeric column of codes; a missing value stays missing (NaN).
 *
 * @param columns       columns to encode, categorical or text (default: every categorical column)
 * @param categories    the category order of some columns, by column name; the other columns learn their
 *                      sorted labels (default: none). Each list is non-empty without repeats.
 * @param handleUnknown what a label outside the categories gives: {@code error} (default; in training too,
 *                      for columns with given categories) or {@code use_encoded_value} ({@code unknown_value})
 * @param unknownValue  the code of unknown labels with {@code use_encoded_value}: a whole number that is no
 *                      category's code, or NaN; must be null (the default) with {@code error}
 */
public record OrdinalEncoder(ColumnSelector columns, Map<String, List<String>> categories,
                             HandleUnknown handleUnknown, Double unknownValue) implements Transformer {

    /** What a label outside the categories gives. */
    public enum HandleUnknown {
        /** Fail, naming the column, the label and its row. */
        ERROR,
        /** Encode it as {@code unknown_value}. */
        USE_ENCODED_VALUE
    }

    public OrdinalEncoder {
        Inputs.given("columns", columns);
        Inputs.given("handle_unknown", handleUnknown);
        categories = checkCategories(Inputs.given("categories", categories));
        if (handleUnknown == HandleUnknown.ERROR && unknownValue != null) {
            throw new IllegalArgumentException("unknown_value must only be given when handle_unknown is "
                    + "use_encoded_value, got " + unknownValue);
        }
        if (handleUnknown == HandleUnknown.USE_ENCODED_VALUE) {
            if (unknownValue == null) {
                throw new IllegalArgumentException("unknown_value must be given when handle_unknown is "
                        + "use_encoded_value");
            }
            if (!unknownValue.isNaN() && unknownValue != Math.rint(unknownValue)) {
                throw new IllegalArgumentException("unknown_value must be a whole number or NaN, got " + unknownValue);
            }
        }
    }

    /** Encodes every categorical column by its sorted labels, failing on labels unseen in training. */
    public OrdinalEncoder() {
        this(ColumnSelector.types(ColumnType.CATEGORICAL), Map.of(), HandleUnknown.ERROR, null);
    }

    private static Map<String, List<String>> checkCategories(Map<String, List<String>> given) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) given).entrySet()) {
            String column = e.getKey().toString();
            if (!(e.getValue() instanceof List<?> levels) || levels.isEmpty()) {
                throw new IllegalArgumentException("categories of column '" + column
                        + "' must be a non-empty list of labels, got " + e.getValue());
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Object level : levels) {
                if (!(level instanceof String s)) {
                    throw new IllegalArgumentException("categories of column '" + column
                            + "' must be labels (text), got " + level);
                }
                if (!seen.add(s)) {
                    throw new IllegalArgumentException("categories of column '" + column + "' repeat '" + s + "'");
                }
            }
            out.put(column, List.copyOf(seen));
        }
        return Map.copyOf(out);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        for (String given : categories.keySet()) {
            if (!names.contains(given)) {
                throw new IllegalArgumentException(Fitted.TYPE + " was given categories for column '" + given
                        + "', which is not among the columns it encodes: " + names);
            }
        }
        List<List<String>> levels = new ArrayList<>();
        for (String name : names) {
            List<String> given = categories.get(name);
            if (given == null) {
                levels.add(Labels.sorted(data, name, Fitted.TYPE).levels());
                continue;
            }
            int[] slots = Labels.lookup(data, name, given, Fitted.TYPE);
            int unseen = indexOf(slots, Labels.UNSEEN);
            if (handleUnknown == HandleUnknown.ERROR && unseen >= 0) {
                throw new IllegalArgumentException(Fitted.TYPE + ": column '" + name + "' holds "
                        + Labels.describe(data, name, unseen) + ", which is not among its given categories " + given);
            }
            levels.add(given);
        }
        if (unknownValue != null) {
            for (int j = 0; j < names.size(); j++) {
                double u = unknownValue;
                if (u >= 0 && u < levels.get(j).size()) {
                    throw new IllegalArgumentException("unknown_value " + u + " is already the code of category '"
                            + levels.get(j).get((int) u) + "' in column '" + names.get(j) + "'");
                }
            }
        }
        return new Fitted(names, levels, unknownValue);
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The categories of each encoded column, in code order.
     *
     * @param columns      the encoded columns
     * @param categories   each column's categories; a label's code is its position
     * @param unknownValue the code of labels outside the categories, or null to refuse them
     */
    public record Fitted(List<String> columns, List<List<String>> categories, Double unknownValue)
            implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "ordinal_encoder";

        public Fitted {
            columns = List.copyOf(columns);
            categories = categories.stream().map(List::copyOf).toList();
            if (categories.size() != columns.size()) {
                throw new IllegalArgumentException(columns.size() + " columns but " + categories.size()
                        + " category lists");
            }
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (int j = 0; j < columns.size(); j++) {
                String name = columns.get(j);
                int[] slots = Labels.lookup(data, name, categories.get(j), TYPE);
                double[] codes = new double[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    codes[i] = switch (slots[i]) {
                        case Labels.MISSING -> Double.NaN;
                        case Labels.UNSEEN -> unknown(data, name, i);
                        default -> slots[i];
                    };
                }
                out = out.withColumn(NumericColumn.wrap(name, codes));
            }
            return out;
        }

        private double unknown(Frame data, String name, int row) {
            if (unknownValue == null) {
                throw new IllegalArgumentException(TYPE + ": column '" + name + "' holds "
                        + Labels.describe(data, name, row) + ", a category not seen in training; "
                        + "set handle_unknown to use_encoded_value to give such labels a code");
            }
            return unknownValue;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            SavedLevels.save(out, categories);
            out.put("unknown_value", unknownValue);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            Double unknown = in.has("unknown_value") ? in.getDouble("unknown_value") : null;
            return new Fitted(columns, SavedLevels.load(in, columns.size()), unknown);
        }
    }
}
