package dev.lathe.ops.tracking;

/**
 * An experiment: a named group of runs.
 *
 * @param id the store's id (0 is the {@code Default} experiment)
 * @param name the unique name
 * @param lifecycle active or deleted
 * @param creationTime milliseconds since the epoch
 */
public record Experiment(long id, String name, Lifecycle lifecycle, long creationTime) {
}
