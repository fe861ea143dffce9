package dev.lathe.prep.transform;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * One column's quantile map, as scikit-learn's QuantileTransformer computes it: a value's position among
 * the learned quantiles, interpolated linearly, as a probability (the mean of the first and last
 * reference of a run of equal quantiles), then optionally through the standard normal's inverse.
 */
final class QuantileMap {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** Distance within which scikit-learn treats a value as at a bound, for normal output. */
    private static final double BOUNDS_THRESHOLD = 1e-7;
    private static final double CLIP = BOUNDS_THRESHOLD - Math.ulp(1.0);
    private static final double NORMAL_MIN = STANDARD_NORMAL.inverseCumulativeProbability(CLIP);
    private static final double NORMAL_MAX = STANDARD_NORMAL.inverseCumulativeProbability(1 - CLIP);

    private final double[] quantiles;
    private final double[] references;
    private final boolean normal;

    /**
     * @param quantiles the learned quantiles, non-decreasing, at least two, at probabilities evenly spaced
     *                  from 0 to 1
     * @param normal    map to a standard normal rather than to a uniform on [0, 1]
     */
    QuantileMap(double[] quantiles, boolean normal) {
        this.quantiles = quantiles;
        this.references = references(quantiles.length);
        this.normal = normal;
    }

    /** {@code n} probabilities evenly spaced from 0 to 1, as NumPy's linspace. */
    static double[] references(int n) {
        double step = 1.0 / (n - 1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = i * step;
        }
        out[n - 1] = 1;
        return out;
    }

    /** The transform of x; NaN stays NaN. */
    double forward(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        boolean atLow = normal ? x - BOUNDS_THRESHOLD < quantiles[0] : x <= quantiles[0];
        boolean atHigh = normal ? x + BOUNDS_THRESHOLD > quantiles[quantiles.length - 1]
                : x >= quantiles[quantiles.length - 1];
        double p = atLow ? 0 : atHigh ? 1 : probability(x);
        if (!normal) {
            return p;
        }
        return Math.min(Math.max(STANDARD_NORMAL.inverseCumulativeProbability(p), NORMAL_MIN), NORMAL_MAX);
    }

    /** The inverse of {@link #forward}; NaN stays NaN. */
    double inverse(double y) {
        if (Double.isNaN(y)) {
            return y;
        }
        double p = normal ? STANDARD_NORMAL.cumulativeProbability(y) : y;
        if (normal ? p - BOUNDS_THRESHOLD < 0 : p <= 0) {
            return quantiles[0];
        }
        if (normal ? p + BOUNDS_THRESHOLD > 1 : p >= 1) {
            return quantiles[quantiles.length - 1];
        }
        int j = lastAtMost(references, p);
        if (references[j] == p) {
            return quantiles[j];
        }
        return quantiles[j] + (p - references[j]) * (quantiles[j + 1] - quantiles[j])
                / (references[j + 1] - references[j]);
    }

    /** Position of x, strictly inside the quantile range, as a probability. */
    private double probability(double x) {
        int last = lastAtMost(quantiles, x);
        if (quantiles[last] == x) {
            return 0.5 * (references[firstAtLeast(quantiles, x)] + references[last]);
        }
        return references[last] + (x - quantiles[last]) * (references[last + 1] - references[last])
                / (quantiles[last + 1] - quantiles[last]);
    }

    /** The last index i with sorted[i] <= x, for sorted[0] <= x. */
    private static int lastAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The first index i with sorted[i] >= x, for x <= the last element. */
    private static int firstAtLeast(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
