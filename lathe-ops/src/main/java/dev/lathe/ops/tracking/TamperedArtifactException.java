package dev.lathe.ops.tracking;

import java.nio.file.Path;

/** A stored artifact's content no longer matches the SHA-256 recorded when it was stored. */
public final class TamperedArtifactException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the artifact
     * @param expected the recorded SHA-256
     * @param actual the SHA-256 of the file now
     */
    public TamperedArtifactException(Path file, String expected, String actual) {
        super("artifact " + file + " was changed after it was stored: SHA-256 is " + actual + ", recorded "
                + expected + "; refusing to load it");
    }
}
