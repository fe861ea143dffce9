package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class ExploreCommandTest {

    private static final String IRIS_HEAD = "sepal_length,sepal_width,species\n5.1,3.5,setosa\n4.9,3.0,setosa\n"
            + "7.0,3.2,versicolor\n6.4,3.2,versicolor\n6.3,3.3,virginica\n5.8,2.7,virginica\n5.0,3.6,setosa\n"
            + "5.7,2.8,versicolor\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheReportAndSaysWhere() throws IOException {
        Path csv = file("iris.csv", IRIS_HEAD);
        Path html = dir.resolve("out.html");
        CommandRun run = CommandRun.of("explore", csv.toString(), "--target", "species", "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + html + ": 8 rows, 3 columns, findings: 0 critical, 0 warning, 0 info"
                + System.lineSeparator());
        assertThat(Files.readString(html)).contains("<h1>Exploratory analysis: iris.csv</h1>", "Target: species",
                "Class balance of species");
    }

    @ParameterizedTest
    @CsvSource({"sales.csv, sales.html", "data/sales.csv.gz, sales.html", "noext, noext.html", ".hidden, .hidden.html"})
    void theDefaultReportIsTheDataNameWithHtmlInTheCurrentFolder(String data, String report) {
        assertThat(ExploreCommand.defaultOutput(Path.of(data))).isEqualTo(Path.of(report));
    }

    @Test
    void jsonPrintsTheSameContentAndWritesNoReport() throws IOException {
        Path csv = file("iris.csv", IRIS_HEAD);
        CommandRun run = CommandRun.of("explore", "--json", csv.toString(), "--target", "species");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("overview").get("rows").asInt()).isEqualTo(8);
        JsonNode length = doc.get("columns").get(0);
        assertThat(length.get("name").asText()).isEqualTo("sepal_length");
        assertThat(length.get("mean").asDouble()).isEqualTo(5.775);
        assertThat(length.get("histogram").get("counts").size() + 1).isEqualTo(length.get("histogram").get("edges").size());
        assertThat(length.get("density").get("x").size()).isEqualTo(200);
        assertThat(length.get("boxplot").get("median").asDouble()).isEqualTo(5.75);
        assertThat(length.get("normality").get("test").asText()).isEqualTo("Shapiro-Wilk");
        assertThat(length.get("fits").size()).isBetween(1, 3);
        assertThat(doc.get("columns").get(2).get("top").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(doc.get("correlations").get("pearson").get("names").size()).isEqualTo(2);
        assertThat(doc.get("correlations").get("kendall").get("values").get(0).get(0).asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(doc.get("target").get("class_target").asBoolean()).isTrue();
        assertThat(doc.get("target").get("association").get(0).get("measure").asText()).isEqualTo("correlation_ratio");
        assertThat(doc.get("missingness").get("bands").asInt()).isEqualTo(8);
        assertThat(doc.get("sampling").size()).isZero();
        assertThat(doc.get("options").get("seed").asLong()).isEqualTo(42);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void anUnknownTargetIsOneLineWithTheClosestName() throws IOException {
        Path csv = file("iris.csv", IRIS_HEAD);
        CommandRun run = CommandRun.of("explore", csv.toString(), "--target", "specis", "-o", dir.resolve("r.html").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no column 'specis'; closest: 'species'").hasLineCount(1);
        assertThat(Files.exists(dir.resolve("r.html"))).isFalse();
    }

    @Test
    void emptyDataAreAClearError() throws IOException {
        CommandRun empty = CommandRun.of("explore", file("empty.csv", "").toString());
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("error: ", "empty.csv: file is empty").hasLineCount(1);
        CommandRun header = CommandRun.of("explore", file("header.csv", "a,b\n").toString());
        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.err()).contains("header.csv: no data rows after the header").hasLineCount(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x,gone\\n1,\\n2,\\n3,\\n | all_missing | gone",
            "x,same\\n1,5\\n2,5\\n3,5\\n | constant | same",
            "x,y\\n1,inf\\n2,-Infinity\\n3,4\\n4,5\\n | infinite_values | y",
            "id,x\\na,1\\nb,2\\nc,3\\nd,4\\n | identifier | id"})
    void badColumnsGiveAReportWithTheirFinding(String csv, String code, String column) throws IOException {
        Path data = file("bad.csv", csv.replace("\\n", "\n"));
        Path html = dir.resolve("bad.html");
        CommandRun run = CommandRun.of("explore", data.toString(), "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains(code + ": column &#39;" + column + "&#39;")
                .doesNotContain("statistic_failed");
        JsonNode doc = new ObjectMapper().readTree(CommandRun.of("explore", "--json", data.toString()).out());
        assertThat(doc.get("overview").get("findings").findValuesAsText("code")).contains(code);
    }

    @Test
    void oneRowGivesAReportWithNotesForWhatNeedsMore() throws IOException {
        Path html = dir.resolve("one.html");
        CommandRun run = CommandRun.of("explore", file("one.csv", "x,y\n1,2\n").toString(), "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("not_computed: no kernel density: column &#39;x&#39; has 1 present"
                + " value(s)").doesNotContain("statistic_failed");
    }
}
