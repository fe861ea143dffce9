package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe stats propensity} end to end on fixtures/causal/observational.csv. */
class PropensityCommandTest {

    private static final Path FIXTURES = Path.of("..", "lathe-core", "src", "test", "resources", "fixtures", "causal");
    private static final String DATA = FIXTURES.resolve("observational.csv").toString();

    @Test
    void jsonEffectsMatchTheReferenceAndTheReportIsWritten(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("p.html");
        CommandRun run = CommandRun.of("stats", "propensity", DATA, "--treatment", "treat", "--outcome", "y",
                "--covariate", "x1,x2,x3", "--replicates", "200", "--seed", "3", "--json", "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode ref;
        try (InputStream in = Files.newInputStream(FIXTURES.resolve("causal.json"))) {
            ref = new ObjectMapper().readTree(in).get("observational");
        }
        assertThat(doc.at("/effects/ipw_ate/estimate").asDouble()).isCloseTo(ref.at("/ipw/ate").asDouble(), within(1e-9));
        assertThat(doc.at("/effects/matched_att/estimate").asDouble())
                .isCloseTo(ref.at("/matching/att").asDouble(), within(1e-9));
        assertThat(doc.at("/balance/0/smd_before").asDouble()).isCloseTo(ref.at("/balance/x1/before").asDouble(),
                within(1e-9));
        assertThat(doc.at("/effects/ipw_ate/ci_low").asDouble()).isLessThan(doc.at("/effects/ipw_ate/estimate").asDouble());
        assertThat(Files.readString(html)).contains("Love plot", "<svg", "nearest-neighbour matching", "Balance");
    }

    @Test
    void textSummaryAndBadInput() {
        CommandRun run = CommandRun.of("stats", "propensity", DATA, "--treatment", "treat", "--outcome", "y",
                "--covariate", "x1", "--replicates", "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ATE (IPW)", "ATT (matched)", "balance (SMD)");
        CommandRun bad = CommandRun.of("stats", "propensity", DATA, "--treatment", "x1", "--outcome", "y",
                "--covariate", "x2");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: the treatment column 'x1' must hold 0 or 1; row 1 has");
        CommandRun few = CommandRun.of("stats", "propensity", DATA, "--treatment", "treat", "--outcome", "y",
                "--covariate", "x1", "--replicates", "5");
        assertThat(few.err().trim()).isEqualTo("error: bootstrap replicates must be at least 100, got 5");
    }
}
