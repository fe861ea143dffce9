package dev.lathe.ops.gate;

/**
 * The thresholds of a quality gate. Null bounds are not checked.
 *
 * @param metric the metric, by scikit-learn's name ({@code roc_auc}, {@code rmse}, {@code r2}...)
 * @param min the least acceptable metric value, or null
 * @param max the greatest acceptable metric value, or null
 * @param minImprovement with a baseline: how much better than the baseline the candidate must be, in the
 *     metric's better direction (default 0: not worse); ignored without a baseline
 * @param maxSizeMb the largest acceptable model file in MB (10^6 bytes), or null
 */
public record GateSpec(String metric, Double min, Double max, Double minImprovement, Double maxSizeMb) {

    /** Checks that there is a metric and that the bounds are finite and consistent. */
    public GateSpec {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("a gate needs a metric");
        }
        for (Double bound : new Double[] {min, max, minImprovement, maxSizeMb}) {
            if (bound != null && !Double.isFinite(bound)) {
                throw new IllegalArgumentException("gate bounds must be finite numbers, got " + bound);
            }
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("--min " + min + " is above --max " + max);
        }
        if (maxSizeMb != null && maxSizeMb <= 0) {
            throw new IllegalArgumentException("--max-size-mb must be positive, got " + maxSizeMb);
        }
    }
}
