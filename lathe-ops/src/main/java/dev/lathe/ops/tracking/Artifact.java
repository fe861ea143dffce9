package dev.lathe.ops.tracking;

/**
 * A file kept in the artifact root for a run.
 *
 * @param name the name the client gave (e.g. {@code model.lathe})
 * @param path where the store put it, relative to the artifact root
 * @param sizeBytes its size
 * @param sha256 its SHA-256 in hexadecimal
 */
public record Artifact(String name, String path, long sizeBytes, String sha256) {
}
