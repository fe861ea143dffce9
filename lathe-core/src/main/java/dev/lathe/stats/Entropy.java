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
        for (int i = 0; i < column.size(); i++) {
            if (!column.isMissing(i)) {
                counts[column.code(i)]++;
            }
        }
        return ofCounts(counts);
    }

    /**
     * Entropy in nats of the distribution given by {@code counts} (how often each value occurs; zeros are
     * allowed and ignored). NaN when all counts are 0.
     */
    public static double ofCounts(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double h = 0;
        for (long c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
