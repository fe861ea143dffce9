package dev.lathe.ops.flow;

/** How a flow run ended. */
public enum Verdict {
    /** Every check passed and the model met its acceptance criteria: exit code 0. */
    ACCEPTED,
    /** The model missed its threshold, did not beat the baseline or broke a budget: exit code 1. */
    REJECTED,
    /** A data check failed; nothing was modelled: exit code 1. */
    CHECKS_FAILED;

    /** The process exit code of this verdict. */
    public int exitCode() {
        return this == ACCEPTED ? 0 : 1;
    }
}
