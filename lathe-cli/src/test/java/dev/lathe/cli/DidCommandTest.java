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

/** {@code lathe stats did} end to end on the Card and Krueger data and the synthetic event panel. */
class DidCommandTest {

    private static final Path FIXTURES = Path.of("..", "lathe-core", "src", "test", "resources", "fixtures", "causal");
    private static final String CK = FIXTURES.resolve("card-krueger_mhe_long.csv").toString();
    private static final String PANEL = FIXTURES.resolve("event_panel.csv").toString();

    @Test
    void cardKruegerJsonHasTheMeansAndThePublishedBalancedRegression() throws IOException {
        CommandRun run = CommandRun.of("stats", "did", CK, "--outcome", "fte", "--treated", "nj", "--post", "d",
                "--unit", "id", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/means/did/estimate").asDouble()).isCloseTo(2.7536, within(0.00005));
        assertThat(doc.at("/means/control_pre/mean").asDouble()).isCloseTo(23.33, within(0.01));
        assertThat(doc.at("/regression/effect/term").asText()).isEqualTo("nj:d");
        assertThat(doc.at("/regression/effect/estimate").asDouble()).isCloseTo(2.7536, within(0.00005));
        assertThat(doc.at("/design/covariance_type").asText()).isEqualTo("nonrobust");
        assertThat(doc.get("event_study").isNull()).isTrue();
        assertThat(doc.get("notes").get(0).asText()).contains("need unit and time columns");
    }

    @Test
    void clusteredPanelRunWritesTheReport(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("did.html");
        CommandRun run = CommandRun.of("stats", "did", PANEL, "--outcome", "y", "--treated", "treated", "--post",
                "post", "--unit", "unit", "--time", "period", "--cluster-unit", "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Table of means", "Two-way fixed effects", "Event study (reference -1)",
                "Pre-trend test: F(4, 79)", "Placebo");
        String page = Files.readString(html);
        assertThat(page).contains("<svg", "Event study", "Joint test that all 4 leads are 0", "Placebo test",
                "cluster-robust by unit");
    }

    @Test
    void twoPeriodPanelKeepsThePairedTableAndSaysWhatItSkipped() throws IOException {
        CommandRun run = CommandRun.of("stats", "did", CK, "--outcome", "fte", "--treated", "nj", "--post", "d",
                "--unit", "id", "--time", "d", "--cluster-unit", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/means/paired").asBoolean()).isTrue();
        assertThat(doc.at("/means/did/std_error").asDouble()).isCloseTo(1.3100, within(0.0001));
        assertThat(doc.at("/event_study/coefficients/0/event_time").asInt()).isZero();
        assertThat(doc.at("/event_study/pre_trend").isNull()).isTrue();
        assertThat(doc.get("notes").toString()).contains("no lead before the reference period -1",
                "placebo test skipped: a placebo test needs at least two pre-period times");
    }

    @Test
    void badDesignsAreOneLineErrors(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"), "y,g,p\n1,0,0\n2,0,1\n3,0,0\n4,0,1\n");
        CommandRun none = CommandRun.of("stats", "did", csv.toString(), "--outcome", "y", "--treated", "g", "--post", "p");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err().trim()).isEqualTo("error: no treated rows: column 'g' is never 1 (among 4 complete rows of 4)");
        CommandRun both = CommandRun.of("stats", "did", CK, "--outcome", "fte", "--treated", "nj", "--post", "d",
                "--robust", "hc1", "--cluster", "id");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err().trim()).isEqualTo("error: choose one of --robust, --cluster and --cluster-unit");
        CommandRun column = CommandRun.of("stats", "did", CK, "--outcome", "fte", "--treated", "state", "--post", "d");
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.err()).startsWith("error: ").contains("state");
    }
}
