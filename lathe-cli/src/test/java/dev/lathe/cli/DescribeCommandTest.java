package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(x.get("iqr").asDouble()).isEqualTo(2);
        assertThat(x.get("quantile_method").asText()).isEqualTo("linear (Hyndman-Fan type 7)");
        assertThat(x.get("quantiles").get("5%").asDouble()).isEqualTo(1.2);
        assertThat(x.get("skewness").asDouble()).isZero();
        assertThat(x.get("excess_kurtosis").asDouble()).isCloseTo(-1.2, within(1e-12));
        assertThat(x.get("mad").asDouble()).isEqualTo(1);
        assertThat(x.get("cv").asDouble()).isCloseTo(Math.sqrt(2.5) / 3, within(1e-15));
        // adjacent present pairs (1, 2), (2, 3), (3, 4): (2 + 0 + 0) / 10
        assertThat(x.get("lag1_autocorrelation").asDouble()).isCloseTo(0.2, within(1e-15));
        assertThat(x.get("infinite").asInt()).isZero();
        JsonNode c = doc.get("columns").get(1);
        assertThat(c.get("type").asText()).isEqualTo("categorical");
        assertThat(c.get("top").get(0).get("level").asText()).isEqualTo("a");
        assertThat(c.get("top").get(0).get("count").asInt()).isEqualTo(4);
        assertThat(c.get("mode").asText()).isEqualTo("a");
        assertThat(c.get("distinct").asInt()).isEqualTo(2);
        assertThat(c.get("entropy").asDouble()).isCloseTo(-(2 / 3.0 * Math.log(2 / 3.0) + Math.log(1 / 3.0) / 3), within(1e-15));
    }

    @Test
    void tablePutsStatisticsInRowsAndColumnsSideBySide() throws IOException {
        Path csv = file("d.csv", "x,c\n1,a\n2,b\n3,a\n");
        CommandRun run = CommandRun.of("describe", csv.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).endsWith("3 rows, 2 columns");
        assertThat(lines.get(1)).isEqualTo("moments in double arithmetic (--exact for decimal); quantiles "
                + "linear (Hyndman-Fan type 7)");
        assertThat(lines.get(3)).matches(" +x +c");
        assertThat(lines).contains("type             numeric              text", "mean             2",
                "25%              1.5", "entropy (nats)                        0.6365141683", "top              1 (1), 2 (1), 3 (1)  a (2), b (1)");
    }

    @Test
    void wideFramesWrapIntoBlocksOfAtMost120Characters() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < 12; c++) {
            csv.append(c == 0 ? "" : ",").append("column_").append(c);
        }
        csv.append('\n');
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 12; c++) {
                csv.append(c == 0 ? "" : ",").append(1000.123456 * (r + 1) / (c + 1));
            }
            csv.append('\n');
        }
        CommandRun run = CommandRun.of("describe", file("wide.csv", csv.toString()).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(run.out().lines().filter(l -> l.startsWith("type ")).count()).isGreaterThan(1);
        assertThat(run.out()).contains("column_0", "column_11");
    }

    @Test
    void exactGivesEveryDigitOfDataOnALargeOffset() throws IOException {
        // NIST NumAcc4-like: 1e7 + one decimal; the certified-style answer is mean 10000000.2, sd 0.1
        Path csv = file("acc.csv", "y\n10000000.2\n10000000.1\n10000000.3\n10000000.1\n10000000.3\n");
        JsonNode exact = new ObjectMapper().readTree(CommandRun.of("describe", "--json", "--exact", csv.toString()).out());
        assertThat(exact.get("moments").asText()).isEqualTo("decimal");
        double sd = exact.get("columns").get(0).get("std").asDouble();
        assertThat(Math.abs(sd - 0.1) / 0.1).isLessThan(1e-14);
        JsonNode plain = new ObjectMapper().readTree(CommandRun.of("describe", "--json", csv.toString()).out());
        assertThat(plain.get("moments").asText()).isEqualTo("double");
        assertThat(Math.abs(plain.get("columns").get(0).get("std").asDouble() - 0.1) / 0.1).isGreaterThan(1e-12);
        assertThat(CommandRun.of("describe", "--exact", csv.toString()).out()).contains("moments in decimal arithmetic;");
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
