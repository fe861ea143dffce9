package dev.lathe.ops.flow.spec;

import java.util.List;

/**
 * The {@code evaluate} section: what is computed on the held-out test rows.
 *
 * @param metrics   metrics the summary lists first (default: the success metric); every metric of the task is in
 *                  the report
 * @param bootstrap resamples of the 95% confidence intervals, at least 1 (default 1000)
 * @param explain   compute feature importance on the test rows (default true)
 * @param curves    draw the learning curve (default true)
 */
public record EvaluateSpec(List<String> metrics, int bootstrap, boolean explain, boolean curves) {

    /** Copies the metric list. */
    public EvaluateSpec {
        metrics = List.copyOf(metrics);
    }
}
