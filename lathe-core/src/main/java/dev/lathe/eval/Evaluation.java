package dev.lathe.eval;

import java.util.List;

/**
 * A model's evaluation on rows it never saw: every metric of its task with a bootstrap confidence interval and
 * the baseline predictor's value, plus the task's diagnostics ({@link ClassificationEvaluation}: confusion matrix
 * and curves; {@link RegressionEvaluation}: residuals). Computed from predictions; fitting and predicting is the
 * caller's (see {@code dev.lathe.tune.HoldOutEvaluation}).
 */
public sealed interface Evaluation permits ClassificationEvaluation, RegressionEvaluation {

    /** Number of evaluation rows. */
    int rows();

    /** The metrics, in a fixed order per task. */
    List<MetricEstimate> metrics();

    /** The metric called {@code name}; an unknown name is an error listing the names. */
    default MetricEstimate metric(String name) {
        return metrics().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric '" + name + "' in this evaluation; it has "
                        + metrics().stream().map(MetricEstimate::name).toList()));
    }
}
