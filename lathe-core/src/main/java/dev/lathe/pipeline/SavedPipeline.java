package dev.lathe.pipeline;

import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.ModelFileException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A fitted pipeline loaded from a {@code .lathe} file, with what the file's manifest says about it beyond the
 * pipeline's own provenance.
 *
 * @param file         where it was loaded from
 * @param pipeline     the fitted pipeline
 * @param created      when the file was written (ISO-8601 instant, as the manifest records it)
 * @param latheVersion the Lathe version that wrote it
 */
public record SavedPipeline(Path file, FittedPipeline pipeline, String created, String latheVersion) {

    /** Loads {@code file}, refusing anything unsafe or unknown, and anything that is not a pipeline. */
    public static SavedPipeline load(Path file) throws IOException {
        ModelArchive.Loaded loaded = ModelArchive.read(file, StepTypes.loaders(), ModelArchive.Limits.defaults());
        if (!(loaded.root() instanceof FittedPipeline p)) {
            throw new ModelFileException(file + ": the file holds a " + loaded.root().stepType() + ", not a pipeline");
        }
        return new SavedPipeline(file, p, loaded.manifest().path("created").asText(),
                loaded.manifest().path("lathe_version").asText());
    }
}
