package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lathe stats <test>} end to end on CSV files: the published values of refs/README.md section
 * 'Hypothesis tests' through the command, the agreed JSON fields, the table, and one-line errors for bad input.
 */
class StatsTestCommandsTest {

    private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @TempDir
    static Path dir;
    static String sleep;
    static String wide;
    static String table;
    static String aspirin;
    static String ranks;

    @BeforeAll
    static void writeData() throws IOException {
        StringBuilder s = new StringBuilder("extra,group\n");
        StringBuilder w = new StringBuilder("drug1,drug2,improved1,improved2\n");
        for (int i = 0; i < 10; i++) {
            s.append(SLEEP_1[i]).append(",1\n");
            w.append(SLEEP_1[i]).append(',').append(SLEEP_2[i]).append(',')
                    .append(SLEEP_1[i] > 0.5 ? "up" : "down").append(',').append(SLEEP_2[i] > 0.5 ? "up" : "down").append('\n');
        }
        for (double v : SLEEP_2) {
            s.append(v).append(",2\n");
        }
        sleep = Files.writeString(dir.resolve("sleep.csv"), s).toString();
        wide = Files.writeString(dir.resolve("wide.csv"), w).toString();
        table = Files.writeString(dir.resolve("table.csv"), rows(new String[] {"r1", "r2"}, new String[] {"a", "b", "c"},
                new long[][] {{10, 10, 20}, {20, 20, 20}})).toString();
        aspirin = Files.writeString(dir.resolve("aspirin.csv"), rows(new String[] {"aspirin", "placebo"},
                new String[] {"stroke", "none"}, new long[][] {{176, 21035}, {230, 21018}})).toString();
        StringBuilder r = new StringBuilder("value,arm\n");
        for (double v : new double[] {19, 22, 16, 29, 24}) {
            r.append(v).append(",x\n");
        }
        for (double v : new double[] {20, 11, 17, 12}) {
            r.append(v).append(",y\n");
        }
        ranks = Files.writeString(dir.resolve("ranks.csv"), r).toString();
    }

    /** One CSV row per counted unit of a table, columns "row" and "col". */
    private static String rows(String[] rowLabels, String[] colLabels, long[][] counts) {
        StringBuilder s = new StringBuilder("row,col\n");
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                for (long k = 0; k < counts[i][j]; k++) {
                    s.append(rowLabels[i]).append(',').append(colLabels[j]).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("stats"));
        all.addAll(List.of(args));
        all.add("--json");
        CommandRun run = CommandRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static CommandRun bad(String... args) {
        List<String> all = new ArrayList<>(List.of("stats"));
        all.addAll(List.of(args));
        CommandRun run = CommandRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        return run;
    }

    /** refs/README.md, section 'Hypothesis tests': Welch on R's sleep data through the command. */
    @Test
    void ttestIsWelchByDefaultWithTheAgreedFields() throws IOException {
        JsonNode doc = json("ttest", sleep, "--value", "extra", "--group", "group");
        assertThat(doc.get("statistic").asDouble()).isCloseTo(-1.8608134674868526, within(1e-12));
        assertThat(doc.get("df").asDouble()).isCloseTo(17.776473516178488, within(1e-10));
        assertThat(doc.get("p_value").asDouble()).isCloseTo(0.0793941401873583, within(1e-13));
        assertThat(doc.get("ci_low").asDouble()).isCloseTo(-3.3654832, within(5e-8));
        assertThat(doc.get("ci_high").asDouble()).isCloseTo(0.2054832, within(5e-8));
        assertThat(doc.get("effect_size_name").asText()).isEqualTo("cohen_d");
        assertThat(doc.get("first_group").asText()).isEqualTo("1");
        assertThat(doc.has("hedges_g")).isTrue();
        assertThat(doc.get("reject").asBoolean()).isFalse();
        JsonNode student = json("ttest", sleep, "--value", "extra", "--group", "group", "--equal-var");
        assertThat(student.get("df").asDouble()).isEqualTo(18.0);
        JsonNode paired = json("ttest", wide, "--value", "drug1", "--paired-with", "drug2");
        // R: t.test(extra ~ group, data = sleep, paired = TRUE): t = -4.0621, df = 9, p-value = 0.002833
        assertThat(paired.get("statistic").asDouble()).isCloseTo(-4.0621, within(5e-5));
        assertThat(paired.get("p_value").asDouble()).isCloseTo(0.002833, within(5e-7));
        JsonNode one = json("ttest", wide, "--value", "drug1", "--mu", "1", "--alternative", "less");
        assertThat(one.get("alternative").asText()).isEqualTo("less");
        assertThat(one.get("ci_low").isNull()).isTrue();
    }

    @Test
    void tableOutputNamesTheTestAndTheDecision() {
        CommandRun run = CommandRun.of("stats", "ttest", sleep, "--value", "extra", "--group", "group", "--alpha", "0.1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Welch two-sample t-test", "difference in means", "90% CI", "cohen_d",
                "reject at alpha = 0.1 that the two means are equal");
    }

    /** refs/README.md, section 'Hypothesis tests': chi-square, G-test and Yates through the commands. */
    @Test
    void contingencyCommandsReproduceThePublishedValues() throws IOException {
        JsonNode chi = json("chi2", table, "--value", "row", "--group", "col");
        assertThat(chi.get("statistic").asDouble()).isCloseTo(2.7777777777777777, within(1e-13));
        assertThat(chi.get("p_value").asDouble()).isCloseTo(0.24935220877729619, within(1e-14));
        assertThat(chi.get("df").asDouble()).isEqualTo(2.0);
        JsonNode g = json("gtest", table, "--value", "row", "--group", "col");
        assertThat(g.get("statistic").asDouble()).isCloseTo(2.7688587616781319, within(1e-13));
        JsonNode yates = json("chi2", aspirin, "--value", "row", "--group", "col");
        assertThat(yates.get("statistic").asDouble()).isCloseTo(6.892569132546561, within(1e-11));
        assertThat(yates.get("p_value").asDouble()).isCloseTo(0.008655478161175739, within(1e-14));
        assertThat(yates.has("odds_ratio")).isTrue();
        JsonNode fisher = json("fisher", aspirin, "--value", "row", "--group", "col");
        assertThat(fisher.get("p_value").asDouble()).isBetween(0.0, 0.05);
        JsonNode gof = json("chi2", table, "--value", "col", "--probabilities", "a=0.25,b=0.25,c=0.5");
        // counts 30, 30, 40 against 25, 25, 50: (25 + 25 + 100) / 25 + ... = 1 + 1 + 2
        assertThat(gof.get("statistic").asDouble()).isCloseTo(4.0, within(1e-12));
        JsonNode rxc = json("fisher", table, "--value", "row", "--group", "col");
        assertThat(rxc.get("method").asText()).isEqualTo("exact enumeration");
        // enumerated in Python by fisher_rxc_exact of lathe-core's fixtures/stats-test-basic/make_fixture.py
        assertThat(rxc.get("p_value").asDouble()).isCloseTo(0.2770068837447683, within(1e-12));
    }

    /** refs/README.md, section 'Hypothesis tests': Mann-Whitney exact and normal approximations. */
    @Test
    void rankCommandsReproduceThePublishedValues() throws IOException {
        JsonNode exact = json("mannwhitney", ranks, "--value", "value", "--group", "arm");
        assertThat(exact.get("statistic").asDouble()).isEqualTo(17.0);
        assertThat(exact.get("p_value").asDouble()).isCloseTo(0.1111111111111111, within(1e-15));
        JsonNode normal = json("mannwhitney", ranks, "--value", "value", "--group", "arm", "--method", "asymptotic");
        assertThat(normal.get("p_value").asDouble()).isCloseTo(0.11134688653314041, within(1e-15));
        JsonNode plain = json("mannwhitney", ranks, "--value", "value", "--group", "arm", "--method", "asymptotic",
                "--no-continuity");
        assertThat(plain.get("p_value").asDouble()).isCloseTo(0.0864107329737, within(1e-13));
        JsonNode w = json("wilcoxon", wide, "--value", "drug2", "--paired-with", "drug1");
        assertThat(w.get("statistic_name").asText()).isEqualTo("W+");
        assertThat(w.get("p_value").asDouble()).isBetween(0.0, 0.05);
        JsonNode ks = json("ks", ranks, "--value", "value", "--group", "arm");
        assertThat(ks.get("statistic").asDouble()).isCloseTo(0.6, within(1e-15));
    }

    @Test
    void remainingCommandsRun() throws IOException {
        assertThat(json("ztest", wide, "--value", "drug1", "--sigma", "2").get("statistic").asDouble())
                .isCloseTo(0.75 / (2 / Math.sqrt(10)), within(1e-12));
        JsonNode prop = json("prop", wide, "--value", "improved1", "--success", "up", "--p0", "0.3");
        // 5 of 10 gain more than 0.5 under drug 1
        assertThat(prop.get("estimate").asDouble()).isEqualTo(0.5);
        JsonNode binom = json("binomial", wide, "--value", "improved2", "--success", "up");
        // 8 of 10 under drug 2: p = 2 (45 + 10 + 1) / 1024
        assertThat(binom.get("statistic").asDouble()).isEqualTo(8.0);
        assertThat(binom.get("p_value").asDouble()).isCloseTo(0.109375, within(1e-15));
        JsonNode mcnemar = json("mcnemar", wide, "--value", "improved1", "--paired-with", "improved2", "--success", "up",
                "--exact");
        assertThat(mcnemar.get("discordant_c").asDouble()).isEqualTo(3.0);
        JsonNode corr = json("corr", wide, "--value", "drug1", "--paired-with", "drug2", "--method", "spearman");
        assertThat(corr.get("statistic_name").asText()).isEqualTo("spearman_rho");
        JsonNode shapiro = json("shapiro", sleep, "--value", "extra");
        assertThat(shapiro.get("statistic").asDouble()).isBetween(0.8, 1.0);
    }

    @Test
    void badInputIsAOneLineError() throws IOException {
        Path one = Files.writeString(dir.resolve("one.csv"), "v,g\n1,a\n2,b\n3,b\n");
        assertThat(bad("ttest", one.toString(), "--value", "v", "--group", "g").err())
                .isEqualTo("error: first group has 1 observation: expected at least 2" + System.lineSeparator());
        Path flat = Files.writeString(dir.resolve("flat.csv"), "v,g\n1,a\n1,a\n2,b\n2,b\n");
        assertThat(bad("ttest", flat.toString(), "--value", "v", "--group", "g").err())
                .contains("both groups have zero variance");
        Path three = Files.writeString(dir.resolve("three.csv"), "v,g\n1,a\n2,b\n3,c\n");
        assertThat(bad("mannwhitney", three.toString(), "--value", "v", "--group", "g").err())
                .contains("--group column 'g' has 3 groups [a, b, c] among rows with a value: expected exactly 2");
        assertThat(bad("prop", wide, "--value", "improved1", "--success", "up", "--p0", "1.5").err())
                .contains("null proportion p0 is 1.5: expected a probability in [0, 1]");
        assertThat(bad("chi2", table, "--value", "col", "--probabilities", "a=0.5,b=0.7,c=-0.2").err())
                .contains("probability of category 3 is -0.2");
        assertThat(bad("chi2", table, "--value", "row", "--group", "col", "--alternative", "less").err())
                .contains("the chi-square test has no direction");
        assertThat(bad("binomial", wide, "--value", "improved1").err())
                .contains("column 'improved1' holds 'up' at row 1: expected 0/1 or true/false, or name the success "
                        + "label with --success");
        assertThat(bad("ttest", sleep, "--value", "extra", "--group", "group", "--paired-with", "extra").err())
                .contains("choose --group or --paired-with, not both");
        assertThat(bad("corr", wide, "--value", "drug1", "--paired-with", "drug2", "--method", "kendall",
                "--alternative", "greater").err()).contains("two-sided only");
    }
}
