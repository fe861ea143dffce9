package dev.lathe.monitor;

/**
 * Thresholds of the drift verdicts, Evidently's defaults unless changed.
 *
 * @param smallReferenceRows a reference with at most this many present values gets the tests (KS, chi-square,
 *                           Z), a larger one the distances (Wasserstein, Jensen-Shannon) [1000, at least 1]
 * @param pValueThreshold    a test finds drift when p is below this [0.05, in (0, 1)]
 * @param distanceThreshold  a distance finds drift at or above this [0.1, greater than 0]
 * @param driftShare         the data set drifts when at least this share of the columns drift [0.5, in (0, 1]]
 */
public record DriftOptions(int smallReferenceRows, double pValueThreshold, double distanceThreshold,
                           double driftShare) {

    /** Checks the ranges. */
    public DriftOptions {
        if (smallReferenceRows < 1) {
            throw new IllegalArgumentException("smallReferenceRows must be at least 1, got " + smallReferenceRows);
        }
        if (!(pValueThreshold > 0 && pValueThreshold < 1)) {
            throw new IllegalArgumentException("pValueThreshold must be in (0, 1), got " + pValueThreshold);
        }
        if (!(distanceThreshold > 0)) {
            throw new IllegalArgumentException("distanceThreshold must be greater than 0, got " + distanceThreshold);
        }
        if (!(driftShare > 0 && driftShare <= 1)) {
            throw new IllegalArgumentException("driftShare must be in (0, 1], got " + driftShare);
        }
    }

    /** Evidently's defaults: 1000 rows, p < 0.05, distance >= 0.1, half the columns. */
    public static DriftOptions defaults() {
        return new DriftOptions(1000, 0.05, 0.1, 0.5);
    }
}
