package dev.lathe.ops.gate;

import java.util.List;

/**
 * The verdict of a quality gate.
 *
 * @param metric the metric
 * @param greaterIsBetter the metric's better direction
 * @param candidate the candidate's score
 * @param baseline the baseline's score, or NaN without a baseline
 * @param checks every check, in the order min, max, baseline, size (those configured)
 */
public record GateResult(String metric, boolean greaterIsBetter, double candidate, double baseline,
        List<GateCheck> checks) {

    /** Copies the checks. */
    public GateResult {
        checks = List.copyOf(checks);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return checks.stream().allMatch(GateCheck::passed);
    }
}
