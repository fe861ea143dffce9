package dev.lathe.prep.encode;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the labels of a column that an encoder acts on. Categorical and text columns are both accepted and
 * always matched by label text, never by code: new data may list its levels in another order, or arrive as
 * text where the training data was categorical.
 */
final class Labels {

    /** The slot of a missing value. */
    static final int MISSING = -1;
    /** The slot of a label that is not among the known levels. */
    static final int UNSEEN = -2;

    private Labels() {
    }

    /**
     * The distinct labels of a column, sorted by {@link String#compareTo} (as scikit-learn sorts string
     * categories), and each row's index into them ({@link #MISSING} for a missing value).
     */
    record Coded(List<String> levels, int[] codes) {

        /** Number of rows of each level, by level index. */
        int[] counts() {
            int[] counts = new int[levels.size()];
            for (int c : codes) {
                if (c != MISSING) {
                    counts[c]++;
                }
            }
            return counts;
        }

        /** Number of missing rows. */
        int missing() {
            int n = 0;
            for (int c : codes) {
                n += c == MISSING ? 1 : 0;
            }
            return n;
        }
    }

    /** The labels of column {@code name} of {@code data}, coded into their sorted distinct values. */
    static Coded sorted(Frame data, String name, String step) {
        String[] labels = read(column(data, name, step));
        TreeMap<String, Integer> distinct = new TreeMap<>();
        for (String s : labels) {
            if (s != null) {
                distinct.put(s, 0);
            }
        }
        List<String> levels = new ArrayList<>(distinct.keySet());
        for (int k = 0; k < levels.size(); k++) {
            distinct.put(levels.get(k), k);
        }
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = labels[i] == null ? MISSING : distinct.get(labels[i]);
        }
        return new Coded(List.copyOf(levels), codes);
    }

    /**
     * Each row's index into {@code levels} by label: {@link #MISSING} for a missing value, {@link #UNSEEN} for
     * a label not in {@code levels}.
     */
    static int[] lookup(Frame data, String name, List<String> levels, String step) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < levels.size(); k++) {
            index.put(levels.get(k), k);
        }
        String[] labels = read(column(data, name, step));
        int[] slots = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            slots[i] = labels[i] == null ? MISSING : index.getOrDefault(labels[i], UNSEEN);
        }
        return slots;
    }

    /** Row {@code row}'s label of column {@code name} and its row number, for messages: {@code 'red' (row 3)}. */
    static String describe(Frame data, String name, int row) {
        return "'" + data.column(name).format(row) + "' (row " + (row + 1) + ")";
    }

    /** Column {@code name}, which must exist and be categorical or text. */
    private static Column column(Frame data, String name, String step) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(step + " needs column '" + name + "', which the data does not have; "
                    + "columns: " + data.names());
        }
        Column c = data.column(name);
        if (!(c instanceof CategoricalColumn) && !(c instanceof TextColumn)) {
            throw new IllegalArgumentException(step + " needs column '" + name
                    + "' to be categorical or text, it is " + c.type().label());
        }
        return c;
    }

    /** Row labels, null when missing; a categorical column's levels are read once, not per row. */
    private static String[] read(Column c) {
        String[] out = new String[c.size()];
        if (c instanceof CategoricalColumn cat) {
            List<String> levels = cat.levels();
            for (int i = 0; i < out.length; i++) {
                int code = cat.code(i);
                out[i] = code < 0 ? null : levels.get(code);
            }
        } else {
            TextColumn text = (TextColumn) c;
            for (int i = 0; i < out.length; i++) {
                out[i] = text.get(i);
            }
        }
        return out;
    }
}
