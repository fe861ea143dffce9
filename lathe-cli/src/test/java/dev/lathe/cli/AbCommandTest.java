package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbCommandTest {

    private static final Path FIXTURES = Path.of("..", "lathe-core", "src", "test", "resources", "fixtures", "ab");
    private static final String DATA = FIXTURES.resolve("abtest.csv").toString();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ../shared/refs/README.md, section "Sample size and power": G*Power, d = 0.5 one-sided, power 0.95 -> 88 per group.
    @Test
    void designGivesTheGPowerSampleSize() throws IOException {
        CommandRun run = CommandRun.of("stats", "ab", "design", "--metric", "mean", "--effect", "0.5", "--power",
                "0.95", "--alternative", "greater", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MAPPER.readTree(run.out());
        assertThat(doc.get("solve").asText()).isEqualTo("sample_size");
        assertThat(doc.get("n1").asLong()).isEqualTo(88);
        assertThat(doc.get("total").asLong()).isEqualTo(176);
    }

    // ../shared/refs/README.md, section "Sample size and power": R power.prop.test, 0.5 vs 0.75, n = 50 -> 0.7401659.
    @Test
    void designGivesRPowerPropTestPower() throws IOException {
        CommandRun run = CommandRun.of("stats", "ab", "design", "--p1", "0.5", "--p2", "0.75", "--n", "50",
                "--no-strict", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(MAPPER.readTree(run.out()).get("power").asDouble()).isCloseTo(0.7401659, within(5e-8));
        CommandRun mde = CommandRun.of("stats", "ab", "design", "--p1", "0.1", "--n", "3000", "--power", "0.8");
        assertThat(mde.exitCode()).as(mde.err()).isZero();
        assertThat(mde.out()).contains("minimum_effect", "p2                   0.1227524", "alpha                0.05\n");
    }

    @Test
    void analyzeMatchesScipyAndWritesTheReport(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("ab.html");
        CommandRun run = CommandRun.of("stats", "ab", "analyze", DATA, "--arm", "arm", "--metric", "revenue",
                "--covariate", "pre_revenue", "--draws", "20000", "--json", "-o", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MAPPER.readTree(run.out());
        JsonNode expected = MAPPER.readTree(FIXTURES.resolve("analysis.json").toFile());
        assertThat(doc.get("control").asText()).isEqualTo("control");
        assertThat(doc.get("cuped").get("variance_reduction").asDouble())
                .isCloseTo(expected.get("cuped").get("variance_reduction").asDouble(), within(1e-12));
        JsonNode b = doc.get("comparisons").get(0);
        JsonNode eb = expected.get("revenue_cuped").get(0);
        assertThat(b.get("variant").asText()).isEqualTo("b");
        assertThat(b.get("p_value").asDouble()).isCloseTo(eb.get("p_value").asDouble(), within(1e-12));
        assertThat(b.get("ci_low").asDouble()).isCloseTo(eb.get("ci_low").asDouble(), within(1e-10));
        assertThat(b.get("adjusted_p_value").asDouble()).isCloseTo(eb.get("holm").asDouble(), within(1e-12));
        assertThat(b.get("sequential").get("always_valid_p").asDouble()).isBetween(0.0, 1.0);
        assertThat(doc.get("sample_ratio").get("mismatch").asBoolean()).isFalse();
        assertThat(Files.readString(report)).contains("<svg", "Sequential monitoring", "Posterior densities");
    }

    @Test
    void analyzesWhatLatheGenerateWrites(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ab.csv");
        CommandRun gen = CommandRun.of("generate", "abtest", "--rows", "4000", "--seed", "7", "-o", csv.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        CommandRun run = CommandRun.of("stats", "ab", "analyze", csv.toString(), "--arm", "arm", "--metric", "converted",
                "--draws", "5000", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MAPPER.readTree(run.out());
        assertThat(doc.get("binary").asBoolean()).isTrue();
        assertThat(doc.get("control").asText()).isEqualTo("A");
        assertThat(doc.get("comparisons").get(0).get("variant").asText()).isEqualTo("B");
        assertThat(doc.get("comparisons").get(0).get("expected_loss_choosing_variant").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void analyzeTableNamesTheArmsAndTheRule() {
        CommandRun run = CommandRun.of("stats", "ab", "analyze", DATA, "--arm", "arm", "--metric", "converted",
                "--draws", "5000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(conversion)", "control", "P(>control)", "Bayesian rule");
    }

    @Test
    void badInputExitsWithOneLineError() {
        CommandRun unknown = CommandRun.of("stats", "ab", "analyze", DATA, "--arm", "arm", "--metric", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: ").contains("nope");
        CommandRun control = CommandRun.of("stats", "ab", "analyze", DATA, "--arm", "arm", "--metric", "revenue",
                "--control", "z");
        assertThat(control.exitCode()).isEqualTo(2);
        assertThat(control.err()).contains("control arm 'z' is not among the arms [b, c, control]");
        CommandRun probability = CommandRun.of("stats", "ab", "design", "--p1", "1.5", "--p2", "0.5", "--n", "10");
        assertThat(probability.exitCode()).isEqualTo(2);
        assertThat(probability.err()).contains("p1 must be a probability in [0, 1], got 1.5");
        CommandRun nothing = CommandRun.of("stats", "ab", "design", "--p1", "0.1", "--p2", "0.2");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("give --power");
        CommandRun correction = CommandRun.of("stats", "ab", "analyze", DATA, "--arm", "arm", "--metric", "revenue",
                "--correction", "magic");
        assertThat(correction.exitCode()).isEqualTo(2);
        assertThat(correction.err()).contains("magic");
    }
}
