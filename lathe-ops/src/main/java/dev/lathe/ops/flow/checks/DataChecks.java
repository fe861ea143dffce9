package dev.lathe.ops.flow.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a flow, run in order on the training data before any modelling. A check that throws is a
 * failed result naming the error, and the other checks still run.
 *
 * @param checks the checks, in the order the spec lists them (the target check first)
 */
public record DataChecks(List<DataCheck> checks) {

    /** Copies the list. */
    public DataChecks {
        checks = List.copyOf(checks);
    }

    /** Every result of every check. */
    public List<CheckResult> run(CheckContext context) {
        List<CheckResult> out = new ArrayList<>();
        for (DataCheck check : checks) {
            try {
                out.addAll(check.run(context));
            } catch (RuntimeException e) {
                out.add(new CheckResult(check.name(), "data", false, "the check failed: " + e.getMessage(),
                        "a check that runs"));
            }
        }
        return out;
    }

    /** Whether every result passed. */
    public static boolean allPassed(List<CheckResult> results) {
        return results.stream().allMatch(CheckResult::passed);
    }
}
