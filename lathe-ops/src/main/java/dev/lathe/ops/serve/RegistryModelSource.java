package dev.lathe.ops.serve;

import dev.lathe.ops.registry.ModelRegistry;
import dev.lathe.ops.registry.ModelUri;
import dev.lathe.ops.registry.ModelVersion;
import dev.lathe.pipeline.FittedPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A model read from the registry by URI. {@code models:/NAME/VERSION} always names the same file;
 * {@code models:/NAME@ALIAS} names whatever version the alias points to when asked, so a server following it
 * picks up a promotion (the poller, or {@code POST /admin/reload}). The served version is the registry's
 * version number; the file's SHA-256 is checked against the registry on every load.
 *
 * @param registry the registry to resolve through
 * @param uri      {@code models:/NAME/VERSION} or {@code models:/NAME@ALIAS}
 */
public record RegistryModelSource(ModelRegistry registry, String uri) implements ModelSource {

    /** Checks that {@code uri} is a well-formed model URI. */
    public RegistryModelSource {
        ModelUri.parse(uri);
    }

    @Override
    public String describe() {
        return uri;
    }

    @Override
    public ServedModel load(String name) throws IOException {
        ModelVersion version = lookup();
        FittedPipeline pipeline;
        try {
            pipeline = FittedPipeline.load(registry.resolve("models:/" + version.name() + "/" + version.version()));
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IOException("cannot load " + uri + " (version " + version.version() + "): " + e.getMessage(), e);
        }
        return new ServedModel(name, Integer.toString(version.version()), pipeline, uri);
    }

    @Override
    public boolean isStale(ServedModel served) throws IOException {
        return !Integer.toString(lookup().version()).equals(served.version());
    }

    private ModelVersion lookup() throws IOException {
        try {
            return registry.lookup(uri);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("cannot resolve " + uri + ": " + e.getMessage(), e);
        }
    }
}
