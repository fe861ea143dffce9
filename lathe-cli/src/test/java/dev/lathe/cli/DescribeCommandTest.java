package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescribeCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasTheAgreedShape() throws IOException {
        Path csv = file("d.csv", "x,c\n1,a\n2,b\n3,a\n4,a\nNA,b\n5,a\n");
        CommandRun run = CommandRun.of("describe", "--json", csv.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("rows").asInt()).isEqualTo(6);
        JsonNode x = doc.get("columns").get(0);
        assertThat(x.get("name").asText()).isEqualTo("x");
        assertThat(x.get("type").asText()).isEqualTo("numeric");
        assertThat(x.get("count").asLong()).isEqualTo(5);
        assertThat(x.get("missing").asLong()).isEqualTo(1);
        assertThat(x.get("mean").asDouble()).isEqualTo(3);
        assertThat(x.get("std").asDouble()).isEqualTo(Math.sqrt(2.5));
        assertThat(x.get("min").asDouble()).isEqualTo(1);
        assertThat(x.get("q1").asDouble()).isEqualTo(2);
        assertThat(x.get("median").asDouble()).isEqualTo(3);
        assertThat(x.get("q3").asDouble()).isEqualTo(4);
        assertThat(x.get("max").asDouble()).isEqualTo(5);
        JsonNode c = doc.get("columns").get(1);
        assertThat(c.get("type").asText()).isEqualTo("categorical");
        assertThat(c.get("top").get(0).get("level").asText()).isEqualTo("a");
        assertThat(c.get("top").get(0).get("count").asInt()).isEqualTo(4);
    }

    @Test
    void tablePrintsOneLinePerColumn() throws IOException {
        Path csv = file("d.csv", "x,c\n1,a\n2,b\n3,a\n");
        CommandRun run = CommandRun.of("describe", csv.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.out()).contains("3 rows, 2 columns").contains("a (2), b (1)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a,b\\n1,2\\n3\\n|bad.csv line 3: expected 2 fields, found 1",
            "a,b\\n1,\"x\\n|bad.csv line 2: quote opened here is never closed",
            "''|bad.csv: file is empty",
            "a,b\\n|bad.csv: no data rows after the header",
            "a,a\\n1,2\\n|bad.csv line 1: duplicate column name 'a' (columns 1 and 2)",
            "a, \\n1,2\\n|bad.csv line 1: column 2 has a blank name"})
    void badInputPrintsOneErrorLineAndExitsTwo(String content, String message) throws IOException {
        Path csv = file("bad.csv", content.replace("\\n", "\n"));
        CommandRun run = CommandRun.of("describe", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + dir.resolve(message) + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidUtf8AndForcedTypeErrorsNameTheirPlace() throws IOException {
        Path latin = Files.write(dir.resolve("latin.csv"), "a\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun run = CommandRun.of("describe", latin.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + latin + " line 2: invalid UTF-8 byte 0xe9 at byte offset 5");
        Path csv = file("t.csv", "id,age\n1,30\n2,old\n");
        CommandRun forced = CommandRun.of("describe", "--type", "age=numeric", csv.toString());
        assertThat(forced.err().trim()).isEqualTo("error: " + csv + " line 3: column 'age': cannot read 'old' as numeric");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path csv = file("bad.csv", "a,b\n1\n");
        CommandRun run = CommandRun.of("--debug", "describe", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isGreaterThan(3);
        assertThat(run.err()).contains("CsvFormatException");
    }

    @Test
    void missingFileAndUnknownOptionAreBadUsage() {
        CommandRun missing = CommandRun.of("describe", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: no such file: ").contains("nope.csv");
        CommandRun unknown = CommandRun.of("describe", "--bogus", "x.csv");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: Unknown option: '--bogus'");
        CommandRun type = CommandRun.of("describe", "--type", "x=number", "x.csv");
        assertThat(type.exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        CommandRun version = CommandRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("lathe ");
        CommandRun help = CommandRun.of("describe", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: lathe describe", "--json", "--delimiter");
        assertThat(CommandRun.of("--help").out()).contains("describe", "Exit codes");
    }
}
