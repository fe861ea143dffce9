package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.ops.registry.ModelRegistry;
import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TrackingStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server following {@code models:/NAME@ALIAS} swaps in the version the alias moves to, under load. */
class AliasFollowingTest {

    private static final String ROW = "{\"inputs\": {\"age\": [44], \"city\": [\"south\"], \"member\": [true]}}";

    @TempDir
    Path dir;

    private ModelRegistry registry;

    @BeforeEach
    void registerTwoVersions() throws Exception {
        TrackingStore store = TrackingStore.open(new StoreLocation("jdbc:sqlite:" + dir.resolve("lathe.db"),
                dir.resolve("artifacts")), "ops");
        registry = new ModelRegistry(store);
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        registry.register("buyers", ServeFixture.classifierFile(one, 1), null);
        registry.register("buyers", ServeFixture.classifierFile(two, 2), null);
        registry.setAlias("buyers", "champion", 1);
    }

    private ServeFixture serve(String uri) throws Exception {
        ServerOptions options = ServerOptions.defaults("127.0.0.1", 0, null).withPollInterval(Duration.ofMillis(50));
        return new ServeFixture(options, Map.of("buyers", new RegistryModelSource(registry, uri)));
    }

    private static void awaitVersion(ServeFixture fx, String version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!fx.server.models().slot("buyers").current().version().equals(version)) {
            assertThat(System.nanoTime()).as("version %s served within 20 s", version).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void noRequestFailsWhileThePollerFollowsTheAlias() throws Exception {
        try (ServeFixture fx = serve("models:/buyers@champion")) {
            assertThat(fx.server.models().slot("buyers").current().version()).isEqualTo("1");
            AtomicBoolean stop = new AtomicBoolean();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> answers = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Integer>> load = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                load.add(clients.submit(() -> {
                    int answered = 0;
                    while (!stop.get()) {
                        HttpResponse<String> r = fx.postJson("/invocations", ROW);
                        if (r.statusCode() == 200) {
                            answers.add(ServeFixture.json(r).get("predictions").get(0).toString());
                        } else {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                        answered++;
                    }
                    return answered;
                }));
            }
            for (int move = 0; move < 4; move++) {
                String target = move % 2 == 0 ? "2" : "1";
                registry.setAlias("buyers", "champion", Integer.parseInt(target));
                awaitVersion(fx, target);
            }
            stop.set(true);
            int answered = 0;
            for (Future<Integer> f : load) {
                answered += f.get();
            }
            clients.shutdown();
            assertThat(failures).isEmpty();
            assertThat(answered).isGreaterThan(0);
            assertThat(answers).as("both versions answered (they were fitted on different data)").hasSize(2);
            List<String> swaps = fx.log.stream().filter(l -> l.contains("\"poll_reload\"")).toList();
            assertThat(swaps).hasSize(4);
            assertThat(swaps.get(0)).contains("\"from_version\":\"1\"", "\"version\":\"2\"",
                    "\"source\":\"models:/buyers@champion\"");
        }
    }

    @Test
    void aDeletedAliasIsLoggedAndTheOldVersionKeepsServing() throws Exception {
        try (ServeFixture fx = serve("models:/buyers@champion")) {
            registry.deleteAlias("buyers", "champion");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (fx.log.stream().noneMatch(l -> l.contains("\"error\""))) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(fx.log).anyMatch(l -> l.contains("kept version 1") && l.contains("has no alias 'champion'"));
            HttpResponse<String> r = fx.postJson("/invocations", ROW);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(fx.server.models().slot("buyers").current().version()).isEqualTo("1");
        }
    }

    @Test
    void aPinnedVersionNeverMoves() throws Exception {
        try (ServeFixture fx = serve("models:/buyers/1")) {
            registry.setAlias("buyers", "champion", 2);
            Thread.sleep(300);
            assertThat(fx.server.models().slot("buyers").current().version()).isEqualTo("1");
            JsonNode meta = ServeFixture.json(fx.get("/v2/models/buyers"));
            assertThat(meta.get("versions").toString()).contains("\"1\"");
            assertThat(fx.log).noneMatch(l -> l.contains("poll_reload"));
        }
    }

    @Test
    void aMissingAliasFailsAtStartWithItsName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serve("models:/buyers@staging"))
                .hasMessageContaining("models:/buyers@staging").hasMessageContaining("has no alias 'staging'");
    }
}
