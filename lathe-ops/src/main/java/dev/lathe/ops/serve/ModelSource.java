package dev.lathe.ops.serve;

import java.io.IOException;

/**
 * Where a served model comes from, read again on every reload. A model file is the one source today
 * ({@link FileModelSource}); a registry alias ({@code models:/NAME@ALIAS}) will be another implementation once
 * the tracking store and model registry land.
 */
public interface ModelSource {

    /** Where the model comes from, for logs, metrics and metadata (a path or a URI). */
    String describe();

    /**
     * Reads the model as it is now.
     *
     * @param name the name the model is served under
     * @throws IOException when the source cannot be read or holds no valid model
     */
    ServedModel load(String name) throws IOException;
}
