package dev.lathe.ops.alert;

/**
 * A threshold taken from reference data, as NannyML sets them: the mean of a metric over chunks of the
 * reference period plus and minus {@code k} standard deviations (sample SD, n - 1). A value outside the band is
 * unusual for the reference period.
 *
 * @param lower the band's lower end
 * @param upper the band's upper end
 */
public record ReferenceBand(double lower, double upper) {

    /**
     * The band around {@code referenceValues}.
     *
     * @param referenceValues the metric on each reference chunk, at least two, all finite
     * @param k               the band's half-width in standard deviations, positive (NannyML: 3)
     */
    public static ReferenceBand of(double[] referenceValues, double k) {
        if (referenceValues.length < 2) {
            throw new IllegalArgumentException("a reference band needs the metric on at least 2 reference chunks, got "
                    + referenceValues.length);
        }
        if (!(k > 0)) {
            throw new IllegalArgumentException("the band's width in standard deviations must be positive, got " + k);
        }
        double mean = 0;
        for (double v : referenceValues) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("reference values must be finite, got " + v);
            }
            mean += v;
        }
        mean /= referenceValues.length;
        double ss = 0;
        for (double v : referenceValues) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (referenceValues.length - 1));
        return new ReferenceBand(mean - k * sd, mean + k * sd);
    }

    /** Whether {@code value} lies outside the band (NaN counts as outside). */
    public boolean outside(double value) {
        return !(value >= lower && value <= upper);
    }
}
