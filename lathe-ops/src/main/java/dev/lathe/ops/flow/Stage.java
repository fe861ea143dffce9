package dev.lathe.ops.flow;

import java.util.Locale;

/** The stages of {@code lathe run}, in the order they run. */
public enum Stage {
    /** Read the data and run the data-availability checks. */
    CHECKS,
    /** Exploratory summary of the training data. */
    EXPLORE,
    /** Hold out the test rows. */
    SPLIT,
    /** Cross-validated search of every candidate's hyperparameters. */
    SEARCH,
    /** Refit the best pipeline on all training rows. */
    REFIT,
    /** Score once on the held-out test rows. */
    EVALUATE,
    /** Feature importance on the test rows. */
    EXPLAIN,
    /** The test metric against the threshold, the baseline and the budgets. */
    ACCEPT,
    /** Model, run folder, report and model card. */
    WRITE;

    /** Lower-case name, as the terminal and JSON show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
