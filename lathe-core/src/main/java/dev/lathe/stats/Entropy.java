package dev.lathe.stats;

import dev.lathe.frame.CategoricalColumn;

/** Shannon entropy of the level frequencies of a categorical column. */
public final class Entropy {

    private Entropy() {
    }

    /**
     * Entropy in nats, -sum p log p over the levels that occur, with p the share of present (non-missing)
     * rows holding the level; as {@code scipy.stats.entropy(series.value_counts())}. NaN when no value is
     * present; 0 for a single level.
     */
    public static double of(CategoricalColumn column) {
        long[] counts = new long[column.levels().size()];
        long present = 0;
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts[column.code(i)]++;
                present++;
            }
        }
        if (present == 0) {
            return Double.NaN;
        }
        double h = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / present;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
