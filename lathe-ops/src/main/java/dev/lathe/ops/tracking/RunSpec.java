package dev.lathe.ops.tracking;

/**
 * What a new run is told when it starts. Null fields take their defaults.
 *
 * @param experiment the experiment's name, created when missing (default {@code Default})
 * @param name the run name (default: generated from the id)
 * @param parentRunId the parent run, or null
 * @param source what starts it, or null
 * @param gitCommit the commit of the code, or null when unknown
 */
public record RunSpec(String experiment, String name, String parentRunId, String source, String gitCommit) {

    /** A run in experiment {@code experiment} with everything else defaulted. */
    public static RunSpec in(String experiment) {
        return new RunSpec(experiment, null, null, null, null);
    }

    /** This spec with run name {@code runName}. */
    public RunSpec named(String runName) {
        return new RunSpec(experiment, runName, parentRunId, source, gitCommit);
    }

    /** This spec with parent run {@code parent}. */
    public RunSpec childOf(String parent) {
        return new RunSpec(experiment, name, parent, source, gitCommit);
    }

    /** This spec with source {@code what} and commit {@code commit}. */
    public RunSpec from(String what, String commit) {
        return new RunSpec(experiment, name, parentRunId, what, commit);
    }
}
