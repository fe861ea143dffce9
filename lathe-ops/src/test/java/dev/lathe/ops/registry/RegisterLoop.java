package dev.lathe.ops.registry;

import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TrackingStore;
import java.nio.file.Path;

/**
 * For the crash test: registers one file as new versions of a model, forever, in a process of its own, until it
 * is killed. Arguments: {@code JDBC_URL ARTIFACT_ROOT FILE}.
 */
final class RegisterLoop {

    private RegisterLoop() {
    }

    public static void main(String[] args) {
        ModelRegistry registry = new ModelRegistry(TrackingStore.open(new StoreLocation(args[0], Path.of(args[1])),
                "loop"));
        while (true) {
            registry.register("crash", Path.of(args[2]), null);
            System.out.println("registered");
            System.out.flush();
        }
    }
}
