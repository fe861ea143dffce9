package dev.lathe.ops.serve;

import java.io.IOException;

/**
 * Where a served model comes from, read again on every reload: a model file ({@link FileModelSource}) or a
 * registry URI ({@link RegistryModelSource}), whose alias may move to another version while the server runs.
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

    /**
     * Whether the source now names another model than {@code served}, checked cheaply (without loading the
     * model) by the server's poller. Sources that change only when told to ({@code POST /admin/reload}) answer
     * false, the default.
     *
     * @param served the model now serving from this source
     * @throws IOException when the source cannot be asked
     */
    default boolean isStale(ServedModel served) throws IOException {
        return false;
    }
}
