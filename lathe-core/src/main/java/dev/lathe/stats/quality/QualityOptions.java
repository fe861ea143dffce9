package dev.lathe.stats.quality;

/**
 * Thresholds of {@link DataQuality}. Shares are fractions in [0, 1].
 *
 * @param missingWarning      missing share from which a column's missing values are a warning (below: info);
 *                            default 0.2
 * @param missingCritical     missing share from which they are critical; default 0.6
 * @param coMissing           Jaccard share of rows (missing in both / missing in either) from which two columns
 *                            are reported as missing together; default 0.9
 * @param dominantShare       share of the present values held by the most frequent one from which a column is
 *                            near-constant; default 0.99
 * @param highCardinality     distinct levels above which a categorical or text column is high-cardinality (when it
 *                            is not an identifier); default 50
 * @param skewness            |skewness| from which a numeric column is reported as skewed; default 1
 * @param fence               Tukey fence multiplier k for outliers; default 1.5
 * @param outlierWarning      outlier share from which outliers are a warning (any outlier below: info);
 *                            default 0.05
 * @param correlation         |Pearson r| from which two numeric features are reported as highly correlated;
 *                            default 0.95
 * @param leakage             score from which a single feature is a target-leakage suspect (|r|, correlation
 *                            ratio, rule accuracy: see {@link DataQuality}); default 0.99
 * @param minorityShare       share of the rarest class below which a categorical target is imbalanced;
 *                            default 0.1
 */
public record QualityOptions(double missingWarning, double missingCritical, double coMissing, double dominantShare,
                             int highCardinality, double skewness, double fence, double outlierWarning,
                             double correlation, double leakage, double minorityShare) {

    /** Checks the ranges. */
    public QualityOptions {
        share("missingWarning", missingWarning);
        share("missingCritical", missingCritical);
        share("coMissing", coMissing);
        share("dominantShare", dominantShare);
        share("outlierWarning", outlierWarning);
        share("correlation", correlation);
        share("leakage", leakage);
        share("minorityShare", minorityShare);
        if (highCardinality < 1) {
            throw new IllegalArgumentException("highCardinality must be at least 1, got " + highCardinality);
        }
        if (!(skewness >= 0) || Double.isInfinite(skewness)) {
            throw new IllegalArgumentException("skewness must be finite and at least 0, got " + skewness);
        }
        if (!(fence > 0) || Double.isInfinite(fence)) {
            throw new IllegalArgumentException("fence must be finite and greater than 0, got " + fence);
        }
    }

    /** The documented defaults. */
    public static QualityOptions defaults() {
        return new QualityOptions(0.2, 0.6, 0.9, 0.99, 50, 1, 1.5, 0.05, 0.95, 0.99, 0.1);
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
