package dev.lathe.cli;

import dev.lathe.ops.registry.ModelRegistry;
import dev.lathe.ops.registry.ModelUri;
import java.nio.file.Path;

/**
 * A command's MODEL argument: a {@code .lathe} file, or a registry URI ({@code models:/NAME/VERSION},
 * {@code models:/NAME@ALIAS}) resolved through the tracking store to the version's file, whose SHA-256 the
 * registry checks before handing it out.
 */
final class ModelArgument {

    /** How commands describe the argument in their help. */
    static final String HELP = "Model file written by lathe train, or models:/NAME/VERSION or models:/NAME@ALIAS "
            + "from the registry (with --store).";

    private ModelArgument() {
    }

    /** The model file {@code model} names, resolved through {@code store} when it is a registry URI. */
    static Path resolve(String model, StoreOptions store) {
        if (ModelUri.isModelUri(model)) {
            return new ModelRegistry(store.open()).resolve(model);
        }
        return Path.of(model);
    }
}
