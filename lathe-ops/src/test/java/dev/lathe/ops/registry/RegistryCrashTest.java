package dev.lathe.ops.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TrackingStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) in the middle of registering versions leaves every version either absent or
 * complete: each listed version's file is there with its recorded SHA-256, and the next registration works.
 */
class RegistryCrashTest {

    @TempDir
    Path dir;

    @Test
    void aKilledRegistrationLeavesNoVersionOrACompleteOne() throws Exception {
        StoreLocation location = new StoreLocation("jdbc:sqlite:" + dir.resolve("store.db"), dir.resolve("artifacts"));
        Path model = dir.resolve("model.lathe");
        byte[] bytes = new byte[8 << 20]; // a large file keeps each registration inside its copy for a while
        new Random(1).nextBytes(bytes);
        Files.write(model, bytes);
        TrackingStore.open(location, "setup").experiments(); // migrate before the writer starts
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(7);
        for (int round = 0; round < 3; round++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    RegisterLoop.class.getName(), location.jdbcUrl(), location.artifactRoot().toString(),
                    model.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("registered"); // it is up and registering
            Thread.sleep(50 + random.nextInt(400));
            p.destroyForcibly(); // SIGKILL on Linux
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        ModelRegistry registry = new ModelRegistry(TrackingStore.open(location, "check"));
        var versions = registry.versions("crash");
        assertThat(versions).isNotEmpty();
        for (ModelVersion v : versions) {
            assertThat(Files.readAllBytes(registry.resolve("models:/crash/" + v.version()))).isEqualTo(bytes);
        }
        ModelVersion next = registry.register("crash", model, null);
        assertThat(next.version()).isEqualTo(versions.stream().mapToInt(ModelVersion::version).max().orElseThrow() + 1);
    }

    @Test
    void aFileLeftByARegistrationKilledBeforeItsCommitDoesNotBlockTheNextOne() throws Exception {
        StoreLocation location = new StoreLocation("jdbc:sqlite:" + dir.resolve("store.db"), dir.resolve("artifacts"));
        ModelRegistry registry = new ModelRegistry(TrackingStore.open(location, "bob"));
        Path model = dir.resolve("model.lathe");
        Files.writeString(model, "a model");
        registry.register("m", model, null);
        // what a process killed between copying version 2's file and committing its row leaves behind
        Path orphan = location.artifactRoot().resolve("models/m/2/model.lathe");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "half of another model");
        ModelVersion v2 = registry.register("m", model, null);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(Files.readString(registry.resolve("models:/m/2"))).isEqualTo("a model");
    }
}
