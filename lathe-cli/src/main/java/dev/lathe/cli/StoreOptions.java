package dev.lathe.cli;

import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TrackingStore;
import picocli.CommandLine.Option;

/** {@code --store URL}: which tracking store a command uses. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "URL", description = "Tracking store: a folder (SQLite), jdbc:sqlite:FILE "
            + "or jdbc:postgresql://HOST[:PORT]/DB?user=... (default: $LATHE_STORE, else .lathe/ here).")
    String store;

    /** Whether a store was named, by {@code --store} or {@code LATHE_STORE}. */
    boolean configured() {
        String env = System.getenv(StoreLocation.STORE_ENV);
        return store != null || (env != null && !env.isBlank());
    }

    /** Opens (creating when new) the named or default store. */
    TrackingStore open() {
        return TrackingStore.open(StoreLocation.resolve(store));
    }
}
