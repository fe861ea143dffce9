package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lathe stats anova|welch-anova|kruskal|levene|bartlett|tukey|anova2|adjust} end to end on CSV files
 * written from the fixture data (lathe-core fixtures/stats-test/anova/anova.json, scipy and statsmodels values).
 */
class GroupTestCommandsTest {

    private static final Path FIXTURE = Path.of("..", "lathe-core", "src", "test", "resources", "fixtures",
            "stats-test", "anova", "anova.json");
    private static final String[] MUSSEL_SITES = {"tillamook", "newport", "petersburg", "magadan", "tvarminne"};

    @TempDir
    static Path dir;
    private static JsonNode fixture;
    private static Path mussel;
    private static Path twoWay;

    @BeforeAll
    static void writeData() throws IOException {
        fixture = new ObjectMapper().readTree(FIXTURE.toFile());
        StringBuilder csv = new StringBuilder("site,length\n");
        JsonNode groups = fixture.get("one_way").get("mussel").get("groups");
        for (int g = 0; g < groups.size(); g++) {
            for (JsonNode v : groups.get(g)) {
                csv.append(MUSSEL_SITES[g]).append(',').append(v.asText()).append('\n');
            }
        }
        csv.append("newport,\n");
        mussel = Files.writeString(dir.resolve("mussel.csv"), csv);
        JsonNode d = fixture.get("two_way");
        StringBuilder two = new StringBuilder("a,b,y\n");
        for (int i = 0; i < d.get("y").size(); i++) {
            two.append(d.get("a").get(i).asText()).append(',').append(d.get("b").get(i).asText()).append(',')
                    .append(d.get("y").get(i).asText()).append('\n');
        }
        twoWay = Files.writeString(dir.resolve("two.csv"), two);
    }

    private static JsonNode json(CommandRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void anovaReproducesThePublishedMusselShellResult() throws IOException {
        CommandRun run = CommandRun.of("stats", "anova", mussel.toString(), "--value", "length", "--group", "site", "--json");
        JsonNode doc = json(run);
        assertThat(doc.get("statistic").asDouble()).isCloseTo(7.121019471642447, within(1e-12));
        assertThat(doc.get("p_value").asDouble()).isCloseTo(0.0002812242314534544, within(1e-16));
        assertThat(doc.get("df").asDouble()).isEqualTo(4);
        assertThat(doc.get("df2").asDouble()).isEqualTo(34);
        assertThat(doc.get("effect_size_name").asText()).isEqualTo("eta_squared");
        // 95% interval inverting scipy's noncentral F (fixture eta_squared_ci)
        JsonNode ci = fixture.get("one_way").get("mussel").get("eta_squared_ci").get("eta_squared");
        assertThat(doc.get("effect_size_ci_low").asDouble()).isCloseTo(ci.get(0).asDouble(), within(1e-10));
        assertThat(doc.get("effect_size_ci_high").asDouble()).isCloseTo(ci.get(1).asDouble(), within(1e-10));
        assertThat(doc.has("omega_squared")).isTrue();
        assertThat(doc.get("reject").asBoolean()).isTrue();
        assertThat(run.err()).contains("note: skipped 1 row with a missing length or site");
        CommandRun table = CommandRun.of("stats", "anova", mussel.toString(), "--value", "length", "--group", "site");
        assertThat(table.out()).contains("one-way ANOVA", "F = 7.12102", "reject at alpha = 0.05 that all 5 group means are equal");
    }

    @Test
    void everyGroupTestMatchesScipy() throws IOException {
        JsonNode want = fixture.get("one_way").get("mussel");
        String[][] runs = {{"welch-anova", "welch"}, {"kruskal", "kruskal"}, {"bartlett", "bartlett"},
                {"levene", "levene_median"}};
        for (String[] r : runs) {
            JsonNode doc = json(CommandRun.of("stats", r[0], mussel.toString(), "--value", "length", "--group", "site", "--json"));
            assertThat(doc.get("statistic").asDouble()).as(r[0]).isCloseTo(want.get(r[1]).get("statistic").asDouble(), within(1e-9));
            assertThat(doc.get("p_value").asDouble()).as(r[0]).isCloseTo(want.get(r[1]).get("p_value").asDouble(), within(1e-12));
        }
        JsonNode mean = json(CommandRun.of("stats", "levene", mussel.toString(), "--value", "length", "--group", "site",
                "--center", "mean", "--json"));
        assertThat(mean.get("statistic").asDouble()).isCloseTo(want.get("levene_mean").get("statistic").asDouble(), within(1e-9));
    }

    @Test
    void tukeyListsEveryPairWithScipysIntervals() throws IOException {
        JsonNode doc = json(CommandRun.of("stats", "tukey", mussel.toString(), "--value", "length", "--group", "site", "--json"));
        JsonNode want = fixture.get("one_way").get("mussel").get("tukey");
        JsonNode rows = doc.get("comparisons");
        assertThat(rows).hasSize(10);
        JsonNode first = rows.get(1); // tillamook vs petersburg: groups 0 and 2
        assertThat(first.get("group1").asText()).isEqualTo("tillamook");
        assertThat(first.get("group2").asText()).isEqualTo("petersburg");
        assertThat(first.get("meandiff").asDouble()).isCloseTo(want.get("difference").get(2).get(0).asDouble(), within(1e-12));
        assertThat(first.get("ci_low").asDouble()).isCloseTo(want.get("low").get(2).get(0).asDouble(), within(1e-9));
        assertThat(first.get("p_value").asDouble()).isCloseTo(want.get("p_value").get(2).get(0).asDouble(), within(1e-9));
        assertThat(first.get("reject").asBoolean()).isEqualTo(want.get("p_value").get(2).get(0).asDouble() <= 0.05);
        CommandRun table = CommandRun.of("stats", "tukey", mussel.toString(), "--value", "length", "--group", "site");
        assertThat(table.out()).contains("Tukey HSD, family-wise 95% intervals", "tillamook", "p-adj");
    }

    @Test
    void anova2GivesBothTypesOfSumsOfSquares() throws IOException {
        for (String type : new String[] {"2", "3"}) {
            JsonNode doc = json(CommandRun.of("stats", "anova2", twoWay.toString(), "--value", "y", "--factor-a", "a",
                    "--factor-b", "b", "--ss-type", type, "--json"));
            JsonNode want = fixture.get("two_way").get("type" + type);
            for (JsonNode row : doc.get("terms")) {
                String term = row.get("term").asText();
                assertThat(row.get("sum_sq").asDouble()).as(term).isCloseTo(want.get(term).get("sum_sq").asDouble(), within(1e-9));
            }
        }
        CommandRun table = CommandRun.of("stats", "anova2", twoWay.toString(), "--value", "y", "--factor-a", "a", "--factor-b", "b");
        assertThat(table.out()).contains("type II", "a:b", "residual");
    }

    @Test
    void adjustCorrectsPValues() throws IOException {
        JsonNode doc = json(CommandRun.of("stats", "adjust", "--method", "bonferroni", "--json", "0.01", "0.04", "0.3"));
        assertThat(doc.get("adjusted").get(0).asDouble()).isCloseTo(0.03, within(1e-15));
        assertThat(doc.get("adjusted").get(2).asDouble()).isCloseTo(0.9, within(1e-15));
        assertThat(doc.get("reject").get(0).asBoolean()).isTrue();
        assertThat(doc.get("reject").get(1).asBoolean()).isFalse();
        CommandRun bad = CommandRun.of("stats", "adjust", "--method", "sidak", "0.1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().trim()).isEqualTo("error: unknown correction 'sidak': expected bonferroni, holm, hochberg, bh or by");
    }

    @Test
    void badInputIsAOneLineErrorWithExitCodeTwo() throws IOException {
        Path single = Files.writeString(dir.resolve("single.csv"), "g,y\na,1\na,2\na,3\n");
        CommandRun one = CommandRun.of("stats", "anova", single.toString(), "--value", "y", "--group", "g");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err().trim()).isEqualTo("error: one-way ANOVA needs at least two groups, got 1");
        Path small = Files.writeString(dir.resolve("small.csv"), "g,y\na,1\na,2\nb,3\n");
        CommandRun tiny = CommandRun.of("stats", "welch-anova", small.toString(), "--value", "y", "--group", "g");
        assertThat(tiny.err().trim()).isEqualTo("error: Welch's ANOVA: group 'b' has 1 observation, expected at least 2");
        Path flat = Files.writeString(dir.resolve("flat.csv"), "g,y\na,1\na,1\nb,3\nb,3\n");
        CommandRun constant = CommandRun.of("stats", "tukey", flat.toString(), "--value", "y", "--group", "g");
        assertThat(constant.err()).startsWith("error: Tukey HSD: every group is constant");
        CommandRun side = CommandRun.of("stats", "kruskal", mussel.toString(), "--value", "length", "--group", "site",
                "--alternative", "less");
        assertThat(side.exitCode()).isEqualTo(2);
        assertThat(side.err()).contains("--alternative must be two-sided, got less");
        CommandRun column = CommandRun.of("stats", "anova", mussel.toString(), "--value", "width", "--group", "site");
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.err()).startsWith("error: ").contains("width");
        CommandRun type = CommandRun.of("stats", "anova2", twoWay.toString(), "--value", "y", "--factor-a", "a",
                "--factor-b", "b", "--ss-type", "1");
        assertThat(type.err().trim()).isEqualTo("error: unknown sum-of-squares type '1': expected 2 or 3");
    }
}
