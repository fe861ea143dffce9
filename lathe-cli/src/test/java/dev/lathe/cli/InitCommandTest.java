package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.FlowSpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesACommentedSpecThatRuns() throws IOException {
        Path data = dir.resolve("data/iris.csv");
        Files.createDirectories(data.getParent());
        CsvWriter.write(Datasets.iris(), data);
        Path flow = dir.resolve("flow.yaml");
        CommandRun init = CommandRun.of("init", data.toString(), "--target", "species", "-o", flow.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String yaml = Files.readString(flow);
        assertThat(yaml).contains("train: data/iris.csv", "target: species     # classification, 3 classes",
                "success_metric: accuracy >= 0.8", "sepal_length: numeric", "- logistic_regression:", "# ");
        FlowSpec spec = FlowSpecReader.read(flow);
        assertThat(spec.models()).hasSize(3);
        CommandRun run = CommandRun.of("run", flow.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        CommandRun again = CommandRun.of("init", data.toString(), "--target", "species", "-o", flow.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists; give --force");
    }

    @Test
    void anUnknownTargetIsBadInput() throws IOException {
        Path data = dir.resolve("iris.csv");
        CsvWriter.write(Datasets.iris(), data);
        CommandRun r = CommandRun.of("init", data.toString(), "--target", "specis", "-o", dir.resolve("f.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'specis'", "species");
        assertThat(dir.resolve("f.yaml")).doesNotExist();
    }
}
