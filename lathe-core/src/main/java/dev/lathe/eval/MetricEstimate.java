package dev.lathe.eval;

/**
 * One metric of an {@link Evaluation}: the model's value on the evaluation rows with its bootstrap confidence
 * interval, and the baseline's value on the same rows; or, when the metric is not defined on these rows, the
 * reason.
 *
 * @param name             the metric's name as scikit-learn spells it ({@code roc_auc}, {@code rmse}...)
 * @param greaterIsBetter  whether a larger value is a better model
 * @param value            the model's value; NaN when not defined
 * @param interval         its bootstrap confidence interval; NaN bounds when not defined
 * @param baseline         the baseline predictor's value on the same rows; NaN when not defined
 * @param undefinedReason  why the metric is not defined on these rows, or null when it is
 */
public record MetricEstimate(String name, boolean greaterIsBetter, double value, Interval interval, double baseline,
                             String undefinedReason) {

    /** Whether the metric is defined on the evaluation rows. */
    public boolean defined() {
        return undefinedReason == null;
    }
}
