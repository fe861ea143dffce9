package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuantregCommandTest {

    private static final String ENGEL = Path.of("..", "lathe-core", "src", "test", "resources", "refs",
            "engel.csv").toString();

    /** Engel median regression, R quantreg (shared/refs README): intercept 81.4822474, slope 0.5601806. */
    @Test
    void medianRegressionOfEngelMatchesQuantreg() throws IOException {
        CommandRun run = CommandRun.of("stats", "quantreg", ENGEL, "--formula", "foodexp ~ income", "--q", "0.5",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("coefficients").get(0).get("term").asText()).isEqualTo("Intercept");
        assertThat(doc.get("coefficients").get(0).get("estimate").asDouble()).isCloseTo(81.4822474, within(1e-6 * 81.5));
        assertThat(doc.get("coefficients").get(1).get("estimate").asDouble()).isCloseTo(0.5601806, within(1e-6));
        assertThat(doc.get("n").asInt()).isEqualTo(235);
    }

    @Test
    void tableAndBadQuantile() {
        CommandRun run = CommandRun.of("stats", "quantreg", ENGEL, "--formula", "foodexp ~ income", "--q", "0.9");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("q = 0.9", "income", "Intercept");
        CommandRun bad = CommandRun.of("stats", "quantreg", ENGEL, "--formula", "foodexp ~ income", "--q", "1.5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: ").contains("quantile");
    }
}
