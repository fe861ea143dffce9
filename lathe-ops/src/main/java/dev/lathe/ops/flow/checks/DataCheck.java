package dev.lathe.ops.flow.checks;

import java.util.List;

/**
 * One data-availability check of a flow's {@code checks} section. Row-level checks pass when at least a share
 * {@code mostly} of the rows they look at pass (1 by default: every row).
 */
public interface DataCheck {

    /** The check's name as the spec writes it. */
    String name();

    /** The results, one per subject checked; an unusable input (a missing column) is a failed result, not an error. */
    List<CheckResult> run(CheckContext context);
}
