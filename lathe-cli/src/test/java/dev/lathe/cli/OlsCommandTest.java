package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OlsCommandTest {

    private static final String ENGEL = Path.of("..", "lathe-core", "src", "test", "resources", "fixtures", "ols",
            "engel.csv").toString();

    @Test
    void jsonHasTheAgreedFieldsAndThePublishedEngelFit() throws IOException {
        CommandRun run = CommandRun.of("stats", "ols", ENGEL, "--formula", "foodexp ~ income", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode slope = doc.get("coefficients").get(1);
        assertThat(slope.get("term").asText()).isEqualTo("income");
        assertThat(slope.get("estimate").asDouble()).isCloseTo(0.48517842367692354,
                org.assertj.core.api.Assertions.within(1e-13));
        for (String field : new String[] {"std_error", "t", "p_value", "ci_low", "ci_high"}) {
            assertThat(slope.has(field)).as(field).isTrue();
        }
        for (String field : new String[] {"r_squared", "adj_r_squared", "f_statistic", "f_p_value",
                "residual_std_error", "log_likelihood", "aic", "bic", "n", "df_residual"}) {
            assertThat(doc.has(field)).as(field).isTrue();
        }
        assertThat(doc.get("n").asInt()).isEqualTo(235);
    }

    @Test
    void summaryTableAndRobustErrors() {
        CommandRun run = CommandRun.of("stats", "ols", ENGEL, "--formula", "foodexp ~ income", "--robust", "hc1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OLS Regression Results", "hc1", "P>|z|", "income");
    }

    @Test
    void badFormulaAndBadOptionsAreOneLineErrors(@TempDir Path dir) throws IOException {
        CommandRun bad = CommandRun.of("stats", "ols", ENGEL, "--formula", "foodexp ~ income +");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: expected a column name or function at position 19");
        CommandRun both = CommandRun.of("stats", "ols", ENGEL, "--formula", "foodexp ~ income", "--robust", "hc1",
                "--cluster", "income");
        assertThat(both.err().trim()).isEqualTo("error: choose --robust or --cluster, not both");
        CommandRun type = CommandRun.of("stats", "ols", ENGEL, "--formula", "foodexp ~ income", "--robust", "hc9");
        assertThat(type.err()).contains("unknown covariance type 'hc9'");
        Path csv = Files.writeString(dir.resolve("t.csv"), "y,x\n1,1\n2,2\n");
        CommandRun tiny = CommandRun.of("stats", "ols", csv.toString(), "--formula", "y ~ x + I(x^2)");
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.err()).startsWith("error: ");
    }
}
