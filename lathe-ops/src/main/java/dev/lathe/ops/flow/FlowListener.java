package dev.lathe.ops.flow;

import dev.lathe.tune.SearchProgress;

/** Hears how a flow run advances, for progress on a terminal; every method does nothing by default. */
public interface FlowListener {

    /** A stage starts. */
    default void stageStarted(Stage stage) {
    }

    /**
     * A trial of a candidate's search finished.
     *
     * @param candidate the candidate's model name
     * @param index     the candidate's position, from 0
     * @param count     the number of candidates
     * @param progress  the search's progress
     */
    default void trialFinished(String candidate, int index, int count, SearchProgress progress) {
    }

    /** A line worth telling (a stage's outcome); also written to the run's log. */
    default void note(String line) {
    }
}
