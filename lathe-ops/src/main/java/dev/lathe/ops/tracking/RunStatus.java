package dev.lathe.ops.tracking;

/** A run's status, as MLflow names it. */
public enum RunStatus {
    /** Started and not yet ended. */
    RUNNING,
    /** Ended normally. */
    FINISHED,
    /** Ended by an error. */
    FAILED,
    /** Stopped from outside. */
    KILLED
}
