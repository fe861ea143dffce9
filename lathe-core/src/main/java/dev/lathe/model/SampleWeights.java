package dev.lathe.model;

/** Checks of per-row training weights, with messages that name the row at fault. */
public final class SampleWeights {

    private SampleWeights() {
    }

    /** A copy of {@code weights} after checking: one per row, finite, at least 0, not all 0. */
    public static double[] check(double[] weights, int rows) {
        if (weights == null) {
            throw new IllegalArgumentException("sample weights are missing; give one weight per row");
        }
        if (weights.length != rows) {
            throw new IllegalArgumentException("got " + weights.length + " sample weights for " + rows + " rows");
        }
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("sample weight in row " + (i + 1) + " is " + weights[i]
                        + "; weights must be finite and at least 0");
            }
            sum += weights[i];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("all sample weights are 0; at least one row must count");
        }
        return weights.clone();
    }
}
