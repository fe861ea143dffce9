package dev.lathe.ops.tracking;

/**
 * One logged value of a metric.
 *
 * @param key the metric name (scikit-learn spelling: {@code roc_auc}, {@code rmse})
 * @param value the value; NaN allowed
 * @param step the step (0 unless logged per epoch or iteration)
 * @param timestamp milliseconds since the epoch
 */
public record Metric(String key, double value, long step, long timestamp) {
}
