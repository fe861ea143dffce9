package dev.lathe.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A column of labels stored as {@code int} codes into a list of levels; code -1 marks a missing value. */
public final class CategoricalColumn extends Column {

    private final int[] codes;
    private final List<String> levels;

    private CategoricalColumn(String name, int[] codes, List<String> levels, int[] rows) {
        super(name, rows, codes.length);
        this.codes = codes;
        this.levels = levels;
    }

    /**
     * A column that takes ownership of {@code codes}.
     *
     * @param codes  one code per row, each -1 (missing) or an index into {@code levels}
     * @param levels the distinct labels, without duplicates
     */
    public static CategoricalColumn wrap(String name, int[] codes, List<String> levels) {
        List<String> copy = List.copyOf(levels);
        if (new java.util.HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException("column '" + name + "': levels repeat: " + copy);
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < -1 || codes[i] >= copy.size()) {
                throw new IllegalArgumentException("column '" + name + "': row " + i + " has code " + codes[i]
                        + " but there are " + copy.size() + " levels");
            }
        }
        return new CategoricalColumn(name, codes, copy, null);
    }

    /** A column from labels (null = missing); levels in order of first appearance. */
    public static CategoricalColumn of(String name, String... labels) {
        Map<String, Integer> index = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            String s = labels[i];
            if (s == null) {
                codes[i] = -1;
                continue;
            }
            codes[i] = index.computeIfAbsent(s, k -> {
                levels.add(k);
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(name, codes, List.copyOf(levels), null);
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    /** The code of row {@code i}: an index into {@link #levels()}, or -1 when missing. */
    public int code(int i) {
        return codes[at(i)];
    }

    /** The label of row {@code i}, or null when missing. */
    public String get(int i) {
        int c = codes[at(i)];
        return c < 0 ? null : levels.get(c);
    }

    /** The distinct labels; codes index into this list. Some levels may not occur in a row view. */
    public List<String> levels() {
        return levels;
    }

    /** A new array of the codes in row order. */
    public int[] toCodes() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes[at(i)];
        }
        return out;
    }

    @Override
    public boolean isMissing(int i) {
        return codes[at(i)] < 0;
    }

    @Override
    public String format(int i) {
        String s = get(i);
        return s == null ? "NA" : s;
    }

    @Override
    public CategoricalColumn withName(String newName) {
        return new CategoricalColumn(newName, codes, levels, rowIndex());
    }

    @Override
    public CategoricalColumn take(int[] rowIndex) {
        return new CategoricalColumn(name(), codes, levels, composeRows(rowIndex));
    }

    @Override
    int compareRows(int i, int j) {
        String a = get(i);
        String b = get(j);
        if (a == null || b == null) {
            return Boolean.compare(a == null, b == null);
        }
        return a.compareTo(b);
    }

    @Override
    Column append(Column other) {
        CategoricalColumn o = (CategoricalColumn) other;
        List<String> merged = new ArrayList<>(levels);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < merged.size(); k++) {
            index.put(merged.get(k), k);
        }
        int[] remap = new int[o.levels.size()];
        for (int k = 0; k < remap.length; k++) {
            remap[k] = index.computeIfAbsent(o.levels.get(k), s -> {
                merged.add(s);
                return merged.size() - 1;
            });
        }
        int[] out = new int[size() + o.size()];
        for (int i = 0; i < size(); i++) {
            out[i] = code(i);
        }
        for (int i = 0; i < o.size(); i++) {
            int c = o.code(i);
            out[size() + i] = c < 0 ? -1 : remap[c];
        }
        return new CategoricalColumn(name(), out, List.copyOf(merged), null);
    }
}
