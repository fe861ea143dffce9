package dev.lathe.ops.registry;

/**
 * One immutable version of a registered model.
 *
 * @param name the registered model
 * @param version the version number, 1 upwards
 * @param path where the store keeps the model file, relative to the artifact root
 * @param sizeBytes the file's size
 * @param sha256 the file's SHA-256, checked on every load
 * @param runId the run that made it, or null when registered from a file
 * @param source where the file came from (a path or {@code runs:/RUN_ID/NAME})
 * @param user who registered it
 * @param creationTime milliseconds since the epoch
 */
public record ModelVersion(String name, int version, String path, long sizeBytes, String sha256, String runId,
        String source, String user, long creationTime) {
}
