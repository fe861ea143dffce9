package dev.lathe.ops.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotSwapTest {

    private static final String ROW = "{\"id\": \"r\", \"inputs\": ["
            + "{\"name\": \"age\", \"shape\": [1], \"datatype\": \"FP64\", \"data\": [44]},"
            + "{\"name\": \"city\", \"shape\": [1], \"datatype\": \"BYTES\", \"data\": [\"south\"]},"
            + "{\"name\": \"member\", \"shape\": [1], \"datatype\": \"BOOL\", \"data\": [true]}]}";

    @TempDir
    Path dir;

    @Test
    void noRequestFailsWhileModelsAreSwappedUnderLoad() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path seedTwo = ServeFixture.classifierFile(other, 2);
        Path seedOne = dir.resolve("seed1.lathe");
        try (ServeFixture fx = ServeFixture.start(dir, "t0ken")) {
            Path served = dir.resolve("buyers.lathe");
            Files.copy(served, seedOne);
            String first = fx.server.models().slot("buyers").current().version();
            AtomicBoolean stop = new AtomicBoolean();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Integer>> load = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                load.add(clients.submit(() -> {
                    int answered = 0;
                    while (!stop.get()) {
                        HttpResponse<String> r = fx.postJson("/v2/models/buyers/infer", ROW,
                                "Authorization", "Bearer t0ken");
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                        } else {
                            JsonNode body = ServeFixture.json(r);
                            versionsSeen.add(body.get("model_version").asText());
                        }
                        answered++;
                    }
                    return answered;
                }));
            }
            List<String> reloads = new ArrayList<>();
            for (int swap = 0; swap < 6; swap++) {
                Path next = swap % 2 == 0 ? seedTwo : seedOne;
                Path staged = dir.resolve("staged.lathe");
                Files.copy(next, staged, StandardCopyOption.REPLACE_EXISTING);
                Files.move(staged, served, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                HttpResponse<String> r = fx.postJson("/admin/reload", "", "Authorization", "Bearer t0ken");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                reloads.add(ServeFixture.json(r).get("reloaded").get(0).get("version").asText());
            }
            stop.set(true);
            int answered = 0;
            for (Future<Integer> f : load) {
                answered += f.get();
            }
            clients.shutdown();
            assertThat(failures).isEmpty();
            assertThat(answered).isGreaterThan(0);
            String second = reloads.get(0);
            assertThat(second).isNotEqualTo(first);
            assertThat(reloads).containsExactly(second, first, second, first, second, first);
            assertThat(versionsSeen).isSubsetOf(first, second);
        }
    }

    @Test
    void aFailedReloadKeepsTheOldModel() throws Exception {
        try (ServeFixture fx = ServeFixture.start(dir, "t0ken")) {
            String before = fx.server.models().slot("buyers").current().version();
            Files.writeString(dir.resolve("buyers.lathe"), "not a model");
            HttpResponse<String> r = fx.postJson("/admin/reload?model=buyers", "", "Authorization", "Bearer t0ken");
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode entry = ServeFixture.json(r).get("reloaded").get(0);
            assertThat(entry.get("version").asText()).isEqualTo(before);
            assertThat(entry.get("error").asText()).startsWith("kept version " + before);
            assertThat(fx.postJson("/invocations", "{\"inputs\": {\"age\": [30], \"city\": [\"north\"], "
                    + "\"member\": [true]}}", "Authorization", "Bearer t0ken").statusCode()).isEqualTo(200);
        }
    }
}
