package dev.lathe.model;

import dev.lathe.frame.Column;
import dev.lathe.frame.LabelOrder;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Checks and encodes targets for learners. */
public final class Targets {

    private Targets() {
    }

    /** A classification target as codes into sorted class labels. */
    public record Encoded(List<String> classes, int[] codes) {

        /** Number of rows of each class, indexed by code. */
        public int[] counts() {
            int[] counts = new int[classes.size()];
            for (int c : codes) {
                counts[c]++;
            }
            return counts;
        }

        /** The rows of each class in ascending order, indexed by code. */
        public int[][] members() {
            int[] counts = counts();
            int[][] members = new int[counts.length][];
            for (int k = 0; k < counts.length; k++) {
                members[k] = new int[counts[k]];
            }
            int[] filled = new int[counts.length];
            for (int i = 0; i < codes.length; i++) {
                members[codes[i]][filled[codes[i]]++] = i;
            }
            return members;
        }
    }

    /** A regression target as numbers; fails on missing or infinite values and on non-numeric columns. */
    public static double[] numeric(Column y) {
        if (!(y instanceof NumericColumn n)) {
            throw new IllegalArgumentException("target '" + y.name() + "' is " + y.type().label()
                    + "; a regressor needs a numeric target");
        }
        double[] v = n.toArray();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("target '" + y.name() + "' has a " + (Double.isNaN(v[i])
                        ? "missing" : "infinite") + " value in row " + (i + 1));
            }
        }
        return v;
    }

    /**
     * A classification target: labels sorted (numerically when all are numbers, as 0 < 1 < 10), at least
     * two distinct ones; fails on missing labels.
     */
    public static Encoded classes(Column y) {
        Encoded encoded = labels(y);
        if (encoded.classes().size() < 2) {
            throw new IllegalArgumentException("target '" + y.name() + "' has a single class "
                    + encoded.classes() + "; a classifier needs at least two");
        }
        return encoded;
    }

    /**
     * The distinct labels of {@code y} as codes into sorted labels, as {@link #classes} but with any number
     * of distinct labels (for splitters and resamplers, which check the count themselves); fails on
     * missing labels.
     */
    public static Encoded labels(Column y) {
        if (y instanceof NumericColumn numeric) {
            Encoded fast = fewNumericLabels(numeric);
            if (fast != null) {
                return fast;
            }
        }
        int n = y.size();
        Map<String, Integer> slots = new LinkedHashMap<>();
        int[] slotOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (y.isMissing(i)) {
                throw missing(y, i);
            }
            Integer fresh = slots.size();
            Integer slot = slots.putIfAbsent(y.format(i), fresh);
            slotOf[i] = slot == null ? fresh : slot;
        }
        return encode(slots.keySet().toArray(new String[0]), slotOf);
    }

    /** Distinct values up to which {@link #fewNumericLabels} keeps them in a list. */
    private static final int FEW = 64;

    /**
     * As {@link #labels} for a numeric target with at most {@value #FEW} distinct values (bit for bit),
     * formatting each distinct value once instead of every row; null when there are more.
     */
    private static Encoded fewNumericLabels(NumericColumn y) {
        double[] v = y.toArray();
        long[] seen = new long[FEW];
        int[] slotOf = new int[v.length];
        int m = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                throw missing(y, i);
            }
            long bits = Double.doubleToRawLongBits(v[i]);
            int slot = 0;
            while (slot < m && seen[slot] != bits) {
                slot++;
            }
            if (slot == m) {
                if (m == FEW) {
                    return null;
                }
                seen[m++] = bits;
            }
            slotOf[i] = slot;
        }
        String[] labels = new String[m];
        for (int k = 0; k < m; k++) {
            labels[k] = NumericColumn.format(Double.longBitsToDouble(seen[k]));
        }
        return encode(labels, slotOf);
    }

    /**
     * Rows as codes into the sorted distinct labels: row i has the label {@code slotLabels[slotOf[i]]}, slots
     * in order of first appearance (two slots may share a label, as 0.0 and -0.0 share "0").
     */
    private static Encoded encode(String[] slotLabels, int[] slotOf) {
        List<String> classes = LabelOrder.sorted(new LinkedHashSet<>(Arrays.asList(slotLabels)));
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        int[] codeOf = new int[slotLabels.length];
        for (int k = 0; k < codeOf.length; k++) {
            codeOf[k] = index.get(slotLabels[k]);
        }
        int[] codes = new int[slotOf.length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codeOf[slotOf[i]];
        }
        return new Encoded(List.copyOf(classes), codes);
    }

    private static IllegalArgumentException missing(Column y, int row) {
        return new IllegalArgumentException("target '" + y.name() + "' has a missing label in row " + (row + 1));
    }
}
