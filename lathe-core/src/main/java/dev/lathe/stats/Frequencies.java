package dev.lathe.stats;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.TextColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;

/**
 * How often each distinct present value of a column occurs: the basis of a summary's distinct count,
 * mode, top values and entropy. Entries are numbered in ascending value order (level order for
 * categorical columns), which also breaks ties between equal counts.
 *
 * <p>Memory: categorical and boolean columns count by code; text is counted by sorting one array of
 * references to the present strings (O(n log n) time, 8 bytes per row), never a map of boxed counts, so a
 * text column of a million distinct values costs a few tens of megabytes at most.
 */
final class Frequencies {

    private final long[] counts;
    private final IntFunction<String> label;

    private Frequencies(long[] counts, IntFunction<String> label) {
        this.counts = counts;
        this.label = label;
    }

    /** The frequencies of a non-numeric column's present values. */
    static Frequencies of(Column column) {
        if (column instanceof CategoricalColumn c) {
            return ofCategorical(c);
        }
        if (column instanceof BooleanColumn b) {
            long[] counts = new long[2];
            for (int i = 0; i < b.size(); i++) {
                if (!b.isMissing(i)) {
                    counts[b.raw(i)]++;
                }
            }
            String[] labels = {"false", "true"};
            return compact(counts, i -> labels[i]);
        }
        if (column instanceof TextColumn t) {
            return ofText(t);
        }
        throw new IllegalArgumentException("column '" + column.name() + "' (" + column.type().label()
                + ") has no level frequencies here; numeric values are counted from their sorted array");
    }

    /** The frequencies of numeric values already sorted ascending (no NaN), shown through {@code label}. */
    static Frequencies ofSorted(double[] sorted, DoubleFunction<String> label) {
        long[] counts = new long[sorted.length];
        double[] values = new double[sorted.length];
        int runs = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                values[runs++] = sorted[i];
            }
            counts[runs - 1]++;
        }
        return new Frequencies(Arrays.copyOf(counts, runs), i -> label.apply(values[i]));
    }

    private static Frequencies ofCategorical(CategoricalColumn column) {
        List<String> levels = column.levels();
        long[] counts = new long[levels.size()];
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts[column.code(i)]++;
            }
        }
        Integer[] byLabel = new Integer[levels.size()];
        Arrays.setAll(byLabel, i -> i);
        Arrays.sort(byLabel, (a, b) -> levels.get(a).compareTo(levels.get(b)));
        long[] ordered = new long[counts.length];
        for (int i = 0; i < ordered.length; i++) {
            ordered[i] = counts[byLabel[i]];
        }
        return compact(ordered, i -> levels.get(byLabel[i]));
    }

    private static Frequencies ofText(TextColumn column) {
        String[] present = new String[column.size()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            String s = column.get(i);
            if (s != null) {
                present[n++] = s;
            }
        }
        Arrays.sort(present, 0, n);
        long[] counts = new long[n];
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || !present[i].equals(present[i - 1])) {
                present[runs++] = present[i];
            }
            counts[runs - 1]++;
        }
        return new Frequencies(Arrays.copyOf(counts, runs), i -> present[i]);
    }

    /** Drops the entries that do not occur, keeping the order. */
    private static Frequencies compact(long[] counts, IntFunction<String> label) {
        int[] kept = new int[counts.length];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                kept[k++] = i;
            }
        }
        long[] out = new long[k];
        int[] index = Arrays.copyOf(kept, k);
        for (int i = 0; i < k; i++) {
            out[i] = counts[index[i]];
        }
        return new Frequencies(out, i -> label.apply(index[i]));
    }

    /** Number of distinct present values. */
    int distinct() {
        return counts.length;
    }

    /** Entropy in nats of the value distribution ({@link Entropy#ofCounts}). */
    double entropy() {
        return Entropy.ofCounts(counts);
    }

    /**
     * The {@code k} most frequent values, most frequent first, ties in value order. Selection keeps a
     * sorted buffer of {@code k} entries, O(distinct k) time and no boxing.
     */
    List<ColumnSummary.LevelCount> top(int k) {
        int[] best = new int[Math.min(k, counts.length)];
        if (best.length == 0) {
            return List.of();
        }
        int size = 0;
        for (int e = 0; e < counts.length; e++) {
            if (size == best.length && counts[e] <= counts[best[size - 1]]) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && counts[best[at - 1]] < counts[e]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = e;
        }
        List<ColumnSummary.LevelCount> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ColumnSummary.LevelCount(label.apply(best[i]), counts[best[i]]));
        }
        return out;
    }
}
