package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"classification", "regression", "friedman", "blobs", "timeseries", "abtest", "interactions"})
    void everyKindWritesACsvThatReadsBackAndDescribes(String kind) throws IOException {
        Path out = dir.resolve(kind + ".csv");
        CommandRun run = CommandRun.of("generate", kind, "--rows", "300", "--seed", "7", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        Frame f = CsvReader.read(out);
        assertThat(f.rowCount()).isEqualTo(300);
        assertThat(CommandRun.of("describe", out.toString()).exitCode()).isZero();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        String a = CommandRun.of("generate", "classification", "--rows", "50", "--seed", "3").out();
        String b = CommandRun.of("generate", "classification", "--rows", "50", "--seed", "3").out();
        String c = CommandRun.of("generate", "classification", "--rows", "50", "--seed", "4").out();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a.lines().count()).isEqualTo(51);
    }

    @Test
    void timeSeriesKeepsItsTimestampColumnThroughCsv() throws IOException {
        Path out = dir.resolve("ts.csv");
        CommandRun.of("generate", "timeseries", "--rows", "48", "-o", out.toString());
        assertThat(CsvReader.read(out).column("timestamp").type()).isEqualTo(ColumnType.TIMESTAMP);
    }

    @Test
    void unknownKindAndBadRowsAreBadInput() {
        CommandRun unknown = CommandRun.of("generate", "spirals");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: ").contains("spirals").contains("classification");
        CommandRun rows = CommandRun.of("generate", "blobs", "--rows", "0");
        assertThat(rows.exitCode()).isEqualTo(2);
        assertThat(rows.err()).startsWith("error: ").contains("rows");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }
}
