package dev.lathe.ops.flow;

import dev.lathe.eval.Metric;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.ops.flow.spec.Candidate;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.Problems;
import dev.lathe.pipeline.Pipeline;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a spec that need the data (run once the data checks passed): the metrics fit the task, every
 * candidate and the baseline do the task, fixed hyperparameters and search spaces name real hyperparameters, the
 * id and time columns exist, and a separate test file has the target. Every problem is reported at once.
 */
final class SpecAgainstData {

    private SpecAgainstData() {
    }

    /** Throws a {@link dev.lathe.ops.flow.spec.FlowSpecException} listing every problem, when there is one. */
    static void check(FlowSpec spec, FlowData data, Task task, FlowPipelines pipelines) {
        Problems problems = new Problems(spec.file().toString());
        Frame train = data.train();
        String target = spec.data().target();
        if (data.test() != null && !data.test().has(target)) {
            problems.add(0, "the test rows (" + spec.data().test().label() + ") lack the target column '" + target + "'");
        }
        for (String role : new String[] {"id", "time"}) {
            String column = role.equals("id") ? spec.data().id() : spec.data().time();
            if (column != null && !train.has(column)) {
                problems.add(0, "data." + role + ": no column '" + column + "' in " + spec.data().train().label()
                        + "; columns: " + String.join(", ", train.names()));
            }
        }
        if (spec.data().time() != null && train.has(spec.data().time())
                && train.column(spec.data().time()).type() != ColumnType.TIMESTAMP) {
            problems.add(0, "data.time: column '" + spec.data().time() + "' is "
                    + train.column(spec.data().time()).type().label() + ", not a timestamp; set its type in data.types");
        }
        Set<String> metrics = new LinkedHashSet<>();
        metrics.add(spec.design().success().metric());
        metrics.add(spec.rankingMetric());
        metrics.addAll(spec.evaluate().metrics());
        for (String m : metrics) {
            boolean regression = Metric.of(m) instanceof Metric.Regression;
            if (regression != (task == Task.REGRESSION)) {
                problems.add(0, "metric '" + m + "' scores " + (regression ? "regression" : "classification")
                        + ", but target '" + target + "' makes this " + task.label() + (task == Task.REGRESSION
                        ? " (e.g. r2, rmse, mae)" : " (e.g. roc_auc, accuracy, f1_macro)"));
            }
        }
        Frame rows = pipelines.modelling(train);
        candidate(problems, pipelines, rows, spec.design().baseline(), Map.of(), null, "design.baseline", 0);
        for (Candidate c : spec.models()) {
            candidate(problems, pipelines, rows, c.model(), c.params(), c, null, c.line());
        }
        problems.throwIfAny();
    }

    private static void candidate(Problems problems, FlowPipelines pipelines, Frame rows, String model,
                                  Map<String, Object> params, Candidate c, String what, int line) {
        Pipeline pipeline;
        try {
            pipeline = pipelines.of(model, params, rows);
        } catch (IllegalArgumentException e) {
            problems.add(line, what == null ? e.getMessage() : what + ": " + e.getMessage());
            return;
        }
        if (c != null && c.space() != null) {
            try {
                c.space().checkedAgainst(pipeline);
            } catch (IllegalArgumentException e) {
                problems.addFormatted(e.getMessage());
            }
        }
    }
}
