package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe check}: a flow spec's data checks as a gate on new data. */
class CheckCommandTest {

    private static final String FLOW = Path.of("..", "examples", "cancer-screening", "flow.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void dataThatMeetsTheSpecsChecksPasses() throws IOException {
        Path data = dir.resolve("new.csv");
        CsvWriter.write(Datasets.breastCancer(), data);
        CommandRun run = CommandRun.of("check", FLOW, data.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("passed").asBoolean()).isTrue();
        assertThat(doc.get("rows").asInt()).isEqualTo(569);
        assertThat(doc.get("checks").size()).isGreaterThan(5);
    }

    @Test
    void tooFewRowsFailsWithExitOne() throws IOException {
        Frame cancer = Datasets.breastCancer();
        Path data = dir.resolve("few.csv");
        CsvWriter.write(cancer.head(150), data);
        CommandRun run = CommandRun.of("check", FLOW, data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL min_rows").contains("data check FAILED");
    }

    @Test
    void aBadSpecIsExitTwo() throws IOException {
        Path spec = dir.resolve("flow.yaml");
        Files.writeString(spec, "name: x\nchecks:\n  min_rowz: 3\n");
        Path data = dir.resolve("d.csv");
        CsvWriter.write(Datasets.iris(), data);
        CommandRun run = CommandRun.of("check", spec.toString(), data.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ");
    }
}
