package dev.lathe.stats.distribution;

import dev.lathe.math.Quantiles;

/**
 * How a {@link Histogram} chooses the width of its bins from the data, as NumPy's {@code histogram_bin_edges}
 * names the rules. The number of bins is then ceil(range / width), or 1 when the width is 0.
 */
public enum BinRule {
    /** Freedman-Diaconis: width 2 IQR n^(-1/3), IQR from type-7 quartiles ({@code bins='fd'}); robust to outliers. */
    FREEDMAN_DIACONIS,
    /** Sturges: width range / (log2 n + 1) ({@code bins='sturges'}); suits small, roughly normal samples. */
    STURGES,
    /**
     * The smaller width of Freedman-Diaconis and Sturges, or Sturges when the IQR is 0 ({@code bins='auto'}):
     * many bins for large samples, without collapsing when the middle half is tied.
     */
    AUTO;

    /** The bin width this rule gives for {@code sorted} (ascending, finite, not empty). */
    double width(double[] sorted) {
        int n = sorted.length;
        // exact for powers of two, as NumPy's log2, so that ceil(range / width) lands on the same count
        double log2 = (n & (n - 1)) == 0 ? Integer.numberOfTrailingZeros(n) : Math.log(n) / Math.log(2);
        double sturges = (sorted[n - 1] - sorted[0]) / (log2 + 1);
        double fd = 2 * (Quantiles.ofSorted(sorted, n, 0.75) - Quantiles.ofSorted(sorted, n, 0.25))
                * Math.pow(n, -1.0 / 3);
        return switch (this) {
            case FREEDMAN_DIACONIS -> fd;
            case STURGES -> sturges;
            case AUTO -> fd > 0 ? Math.min(fd, sturges) : sturges;
        };
    }
}
