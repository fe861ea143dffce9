package dev.lathe.stats.explore;

import dev.lathe.stats.quality.QualityOptions;
import java.util.Objects;

/**
 * How {@link Exploration} works. The sample sizes bound the statistics whose cost grows faster than the
 * number of rows or is large per row; the others use every row.
 *
 * @param seed        seed of the row samples; the same seed gives the same report whatever the number of
 *                    threads; default 42
 * @param sampleRows  rows of the seeded sample on which the kernel density, the distribution fits and the
 *                    Spearman correlations are computed when the data have more; at least 10, default 20,000
 * @param kendallRows rows of the seeded sample for Kendall's tau when the data have more; at least 10,
 *                    default 5,000
 * @param maxBins     most histogram bins (the bin width comes from NumPy's 'auto' rule); at least 1, default 100
 * @param topLevels   most frequent values listed per column; at least 1, default 10
 * @param maxLevels   categorical columns with more levels are left out of the Cramér's V matrix; at least 2,
 *                    default 1,000
 * @param quality     thresholds of the data-quality findings and the box plots' fence multiplier; default
 *                    {@link QualityOptions#defaults()}
 */
public record ExploreOptions(long seed, int sampleRows, int kendallRows, int maxBins, int topLevels, int maxLevels,
                             QualityOptions quality) {

    /** Checks the ranges. */
    public ExploreOptions {
        atLeast("sampleRows", sampleRows, 10);
        atLeast("kendallRows", kendallRows, 10);
        atLeast("maxBins", maxBins, 1);
        atLeast("topLevels", topLevels, 1);
        atLeast("maxLevels", maxLevels, 2);
        Objects.requireNonNull(quality, "quality");
    }

    /** The documented defaults. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(42, 20_000, 5_000, 100, 10, 1_000, QualityOptions.defaults());
    }

    /** The same options with another seed. */
    public ExploreOptions withSeed(long newSeed) {
        return new ExploreOptions(newSeed, sampleRows, kendallRows, maxBins, topLevels, maxLevels, quality);
    }

    /** The same options with another sample size for the kernel density, the fits and Spearman. */
    public ExploreOptions withSampleRows(int rows) {
        return new ExploreOptions(seed, rows, kendallRows, maxBins, topLevels, maxLevels, quality);
    }

    /** The same options with another sample size for Kendall's tau. */
    public ExploreOptions withKendallRows(int rows) {
        return new ExploreOptions(seed, sampleRows, rows, maxBins, topLevels, maxLevels, quality);
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", got " + value);
        }
    }
}
