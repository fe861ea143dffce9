package dev.lathe.monitor;

import dev.lathe.frame.Column;
import java.util.List;
import java.util.Set;

/**
 * The reference's and the current sample's distributions of one column on common bins, for drawing one over the
 * other: 30 equal-width bins over both samples' range for numeric columns with more than 5 distinct values, one bin
 * per label otherwise. Shares are of present values and are not zero-filled.
 *
 * @param labels    one label per bin: the bin's centre for numeric bins, the category otherwise
 * @param centres   bin centres for numeric bins, null for categories
 * @param reference the reference's share per bin
 * @param current   the current sample's share per bin
 */
public record Overlay(List<String> labels, double[] centres, double[] reference, double[] current) {

    private static final int BINS = 30;

    /**
     * The overlay of two columns of the same type with present values in both.
     *
     * @param reference the reference column
     * @param current   the current column
     * @throws IllegalArgumentException when a column is not monitored or has no present values
     */
    public static Overlay of(Column reference, Column current) {
        ColumnValues ref = ColumnValues.of(reference);
        ColumnValues cur = ColumnValues.of(current);
        if (ref.present() == 0 || cur.present() == 0) {
            throw new IllegalArgumentException("column '" + reference.name() + "' has no present values to draw");
        }
        Set<String> keys = ColumnValues.categories(ref, cur);
        if (keys != null) {
            return new Overlay(List.copyOf(keys), null, shares(ref, keys), shares(cur, keys));
        }
        double lo = Math.min(min(ref.numbers()), min(cur.numbers()));
        double hi = Math.max(max(ref.numbers()), max(cur.numbers()));
        double width = (hi - lo) / BINS;
        double[] centres = new double[BINS];
        String[] labels = new String[BINS];
        for (int i = 0; i < BINS; i++) {
            centres[i] = lo + (i + 0.5) * width;
            labels[i] = Double.toString(centres[i]);
        }
        return new Overlay(List.of(labels), centres, binned(ref.numbers(), lo, width), binned(cur.numbers(), lo, width));
    }

    private static double[] shares(ColumnValues values, Set<String> keys) {
        return keys.stream().mapToDouble(k -> values.counts().getOrDefault(k, 0L) / (double) values.present())
                .toArray();
    }

    private static double[] binned(double[] values, double lo, double width) {
        double[] shares = new double[BINS];
        for (double v : values) {
            int i = width == 0 ? 0 : (int) Math.min(BINS - 1, Math.floor((v - lo) / width));
            shares[i] += 1.0 / values.length;
        }
        return shares;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
