package dev.lathe.prep.impute;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills missing labels of categorical, text or boolean columns with one label per column learned from the
 * training rows (as scikit-learn's SimpleImputer on strings): the most frequent label (ties go to the
 * smallest label in code-point order, as scikit-learn), or a constant. Labels are matched by their text, so
 * new data may list its levels in any order; a fill label the new data lacks is added as a level.
 * Booleans are labelled {@code true} and {@code false}.
 *
 * @param columns      columns to fill (default: every categorical column; text and boolean columns on request)
 * @param strategy     {@code most_frequent} (default) or {@code constant}
 * @param fillValue    the label used by {@code constant} (default {@code missing_value}, as scikit-learn;
 *                     {@code true} or {@code false} for boolean columns); ignored otherwise
 * @param addIndicator also append a 0/1 column {@code <col>_missing} for each column that had missing values
 *                     in training (default false); see {@link MissingIndicator}
 */
public record CategoricalImputer(ColumnSelector columns, Strategy strategy, String fillValue, boolean addIndicator)
        implements Transformer {

    /** What a column's missing labels are replaced with. */
    public enum Strategy { MOST_FREQUENT, CONSTANT }

    public CategoricalImputer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (strategy == null) {
            throw new IllegalArgumentException("strategy must be most_frequent or constant");
        }
        if (fillValue == null || fillValue.isEmpty()) {
            throw new IllegalArgumentException("fill_value must be a non-empty label");
        }
    }

    /** Fills every categorical column with its most frequent training label. */
    public CategoricalImputer() {
        this(ColumnSelector.types(ColumnType.CATEGORICAL), Strategy.MOST_FREQUENT, "missing_value", false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        List<String> fills = new ArrayList<>();
        for (String name : names) {
            Column c = labelled(data, name);
            if (strategy == Strategy.MOST_FREQUENT) {
                ColumnChecks.requireValues(c, Fitted.TYPE);
            }
            String fill = strategy == Strategy.MOST_FREQUENT ? mostFrequent(c) : fillValue;
            if (c instanceof BooleanColumn && !isBoolean(fill)) {
                throw new IllegalArgumentException(Fitted.TYPE + " cannot fill boolean column '" + name + "' with '"
                        + fill + "'; fill_value must be true or false");
            }
            fills.add(fill);
        }
        List<String> indicators = addIndicator ? MissingIndicator.learn(data, names, Fitted.TYPE) : List.of();
        return new Fitted(names, fills, indicators);
    }

    /** Column {@code name}, which must hold labels: categorical, text or boolean. */
    private static Column labelled(Frame data, String name) {
        Column c = ColumnChecks.column(data, name, Fitted.TYPE);
        if (!(c instanceof CategoricalColumn || c instanceof TextColumn || c instanceof BooleanColumn)) {
            throw new IllegalArgumentException(Fitted.TYPE + " needs column '" + name
                    + "' to be categorical, text or boolean, it is " + c.type().label());
        }
        return c;
    }

    /** The most frequent label of {@code c}; among equally frequent labels, the smallest by code points. */
    private static String mostFrequent(Column c) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                counts.merge(c.format(i), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            if (n > bestCount || n == bestCount && compareCodePoints(e.getKey(), best) < 0) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    /** Compares strings by Unicode code points, as Python compares str. */
    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Whether {@code label} is how a boolean value is written. */
    private static boolean isBoolean(String label) {
        return label.equals("true") || label.equals("false");
    }

    /**
     * Learned fill labels, one per column.
     *
     * @param columns    the filled columns
     * @param fills      the label that replaces a missing value, per column
     * @param indicators the columns that get a {@code <col>_missing} indicator
     */
    public record Fitted(List<String> columns, List<String> fills, List<String> indicators)
            implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "categorical_imputer";

        public Fitted {
            columns = List.copyOf(columns);
            fills = List.copyOf(fills);
            indicators = List.copyOf(indicators);
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (int j = 0; j < columns.size(); j++) {
                out = out.withColumn(fill(labelled(data, columns.get(j)), fills.get(j)));
            }
            return MissingIndicator.append(data, out, indicators, TYPE);
        }

        private static Column fill(Column c, String label) {
            if (c.missingCount() == 0) {
                return c;
            }
            if (c instanceof CategoricalColumn cat) {
                List<String> levels = new ArrayList<>(cat.levels());
                int code = levels.indexOf(label);
                if (code < 0) {
                    code = levels.size();
                    levels.add(label);
                }
                int[] codes = cat.toCodes();
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = codes[i] < 0 ? code : codes[i];
                }
                return CategoricalColumn.wrap(c.name(), codes, levels);
            }
            if (c instanceof TextColumn text) {
                String[] values = new String[c.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = text.isMissing(i) ? label : text.get(i);
                }
                return TextColumn.wrap(c.name(), values);
            }
            BooleanColumn bool = (BooleanColumn) c;
            if (!isBoolean(label)) {
                throw new IllegalArgumentException(TYPE + " cannot fill boolean column '" + c.name() + "' with '"
                        + label + "'; it was fitted on a column of another type");
            }
            byte[] values = new byte[c.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = bool.isMissing(i) ? (byte) (label.equals("true") ? 1 : 0) : bool.raw(i);
            }
            return BooleanColumn.wrap(c.name(), values);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("fills", fills);
            MissingIndicator.saveIndicators(out, indicators);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            List<String> fills = in.getStrings("fills");
            if (fills.size() != columns.size()) {
                throw in.fail("has " + columns.size() + " columns but " + fills.size() + " fill labels");
            }
            return new Fitted(columns, fills, MissingIndicator.loadIndicators(in, columns));
        }
    }
}
