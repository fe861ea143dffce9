package dev.lathe.monitor.profile;

/**
 * How a {@link DataProfile} summarises columns.
 *
 * @param sketchK       accuracy parameter k of the KLL quantile sketches [1000, in 8..65535]: the normalised rank
 *                      error is about 0.3% at 1000 (1.3% at DataSketches' default 200), and a column of at most k
 *                      values is kept exactly, so drift against a reference of up to 1000 rows is the exact test
 * @param bins          equal-width histogram bins between the minimum and maximum of the first profiled data
 *                      [50, at least 1], plus one open bin below and one above
 * @param maxCategories distinct labels counted exactly per categorical column [1000, at least 1]; beyond it the
 *                      column switches to a frequent-items sketch
 * @param sketchItems   map size of that frequent-items sketch [1024, a power of 2 from 8]: labels whose share
 *                      exceeds about 3.5 / sketchItems are kept with bounded error, the rest counted as other
 */
public record ProfileOptions(int sketchK, int bins, int maxCategories, int sketchItems) {

    /** Checks the ranges. */
    public ProfileOptions {
        if (sketchK < 8 || sketchK > 65535) {
            throw new IllegalArgumentException("sketchK must be in 8..65535, got " + sketchK);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        if (maxCategories < 1) {
            throw new IllegalArgumentException("maxCategories must be at least 1, got " + maxCategories);
        }
        if (sketchItems < 8 || Integer.bitCount(sketchItems) != 1) {
            throw new IllegalArgumentException("sketchItems must be a power of 2 of at least 8, got " + sketchItems);
        }
    }

    /** k = 1000, 50 bins, 1000 exact categories, 1024 sketched items. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(1000, 50, 1000, 1024);
    }
}
