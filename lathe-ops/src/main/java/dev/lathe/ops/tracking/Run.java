package dev.lathe.ops.tracking;

/**
 * A run's attributes.
 *
 * @param id the run id (32 hexadecimal digits, assigned by the store)
 * @param experimentId the experiment it belongs to
 * @param name the run name
 * @param status its status
 * @param startTime milliseconds since the epoch
 * @param endTime milliseconds since the epoch, or null while running
 * @param parentRunId the parent run (a search's trials are children of the search run), or null
 * @param source what started it (a command line, a program), or null
 * @param gitCommit the commit of the code that ran, or null when unknown
 * @param user who started it
 * @param lifecycle active or deleted
 */
public record Run(String id, long experimentId, String name, RunStatus status, long startTime, Long endTime,
        String parentRunId, String source, String gitCommit, String user, Lifecycle lifecycle) {
}
