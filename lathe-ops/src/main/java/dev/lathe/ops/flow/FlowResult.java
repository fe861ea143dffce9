package dev.lathe.ops.flow;

import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.explain.Explanation;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.tune.HoldOutEvaluation;
import java.util.List;

/**
 * Everything a flow run produced, stage by stage; the fields of stages that did not run are null (a run whose
 * checks failed has only the spec, the verdict, the checks and the training rows).
 *
 * @param spec        the spec
 * @param verdict     how it ended
 * @param checks      every data check's result
 * @param train       the training rows (all of them when no test file is given: before the split)
 * @param task        what the target asks for
 * @param split       the rows the candidates learned from and the held-out test rows
 * @param candidates  every candidate's search, in spec order
 * @param chosen      the candidate with the best cross-validated score
 * @param model       the chosen pipeline refitted on all training rows, with its test metrics
 * @param evaluation  the test metrics with intervals, baseline and diagnostics
 * @param explanation feature importance on the test rows, or null when the spec turns it off
 * @param acceptance  the gate's judgement
 * @param timings     seconds per stage, the prediction latency and the model size: everything that changes from
 *                    one run of the same spec to the next
 */
public record FlowResult(FlowSpec spec, Verdict verdict, List<CheckResult> checks, Frame train, Task task,
                         Split split, List<CandidateResult> candidates, CandidateResult chosen, FittedPipeline model,
                         HoldOutEvaluation.Result evaluation, Explanation explanation, Acceptance acceptance,
                         Timings timings) {

    /**
     * The training and test rows of a run.
     *
     * @param train  rows the candidates learned from
     * @param test   rows held out for the one final score
     * @param method how the test rows were chosen, in words
     * @param timeOrdered whether the test rows are the newest (the searches then cross-validate on time-ordered folds)
     */
    public record Split(Frame train, Frame test, String method, boolean timeOrdered) {
    }

    /**
     * The test estimates of the metrics {@code evaluate.metrics} names, in that order (those the evaluation computes;
     * empty before evaluation).
     */
    public List<dev.lathe.eval.MetricEstimate> headline() {
        if (evaluation == null) {
            return List.of();
        }
        return spec.evaluate().metrics().stream().flatMap(name -> evaluation.evaluation().metrics().stream()
                .filter(m -> m.name().equals(name))).toList();
    }

    /** A run that stopped at its data checks. */
    static FlowResult checksFailed(FlowSpec spec, List<CheckResult> checks, Frame train, Timings timings) {
        return new FlowResult(spec, Verdict.CHECKS_FAILED, checks, train, null, null, null, null, null, null, null,
                null, timings);
    }
}
