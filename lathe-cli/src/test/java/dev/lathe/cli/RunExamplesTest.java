package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.report.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example flows of {@code examples/} run end to end from the command, and their reports render in Chromium. */
class RunExamplesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"cancer-screening", "diabetes-progression", "hourly-demand"})
    void exampleRunsAcceptedAndItsReportRenders(String name) throws Exception {
        Path flow = Path.of("..", "examples", name, "flow.yaml");
        Path run = dir.resolve(name);
        CommandRun r = CommandRun.of("run", flow.toString(), "--run-dir", run.toString(), "--quiet", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("verdict").asText()).isEqualTo("accepted");
        assertThat(doc.get("acceptance").get("passed").asBoolean()).isTrue();
        assertThat(doc.get("outputs").get("model").asText()).isEqualTo(run.resolve("model.lathe").toAbsolutePath()
                .normalize().toString());
        assertThat(run.resolve("model.lathe")).isRegularFile();
        assertThat(run.resolve("model-card.md")).isRegularFile();
        Path scratch = Files.createDirectories(dir.resolve("chromium-" + name));
        Chromium.screenshot(run.resolve("report.html"), scratch.resolve("report.png"), 2000, scratch);
    }
}
