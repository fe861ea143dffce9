package dev.lathe.tune;

/**
 * Told of each trial a {@link Search} finishes, e.g. to show progress ({@code lathe train --tune} draws a
 * progress line on standard error). Calls come one at a time, from the thread that ran the trial, in the
 * order trials finish. An exception thrown here stops the search; trials already written to its trial log
 * stay there, so the search can be resumed.
 */
@FunctionalInterface
public interface SearchListener {

    /** Called after {@code progress.trial()} finished (and was written to the trial log, when there is one). */
    void trialFinished(SearchProgress progress);
}
