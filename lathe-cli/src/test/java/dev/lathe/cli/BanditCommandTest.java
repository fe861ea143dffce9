package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe stats bandit}: simulation, testbeds, log replay, and clear errors. */
class BanditCommandTest {

    @TempDir
    Path dir;

    @Test
    void simulatedArmsReportRegretAndAllocation() throws IOException {
        CommandRun run = CommandRun.of("stats", "bandit", "--arms", "0.04,0.05,0.07", "--steps", "3000", "--runs",
                "50", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode policies = doc.get("policies");
        assertThat(policies).hasSize(3);
        JsonNode thompson = policies.get(2);
        assertThat(thompson.get("policy").asText()).isEqualTo("thompson_beta");
        JsonNode alloc = thompson.get("allocation");
        assertThat(alloc.get("arm0").asDouble() + alloc.get("arm1").asDouble() + alloc.get("arm2").asDouble())
                .isCloseTo(1, within(1e-9));
        assertThat(alloc.get("arm2").asDouble()).isGreaterThan(0.5);
        assertThat(thompson.get("regret").asDouble()).isLessThan(policies.get(0).get("regret").asDouble());
        // regret of always pulling the worst arm is the ceiling
        assertThat(thompson.get("regret").asDouble()).isBetween(0.0, 3000 * 0.03);
    }

    @Test
    void theTenArmedTestbedRanksUcbAndThompsonAboveEpsilonGreedy() {
        CommandRun run = CommandRun.of("stats", "bandit", "--testbed", "10", "--rewards", "gaussian", "--runs", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("epsilon_greedy(0.1)", "ucb1", "thompson_gaussian");
    }

    @Test
    void replayOfALogFindsTheBestVariant() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder("variant,converted\n");
        String[] names = {"A", "B", "C"};
        double[] rates = {0.10, 0.20, 0.12};
        for (int i = 0; i < 20_000; i++) {
            int a = random.nextInt(3);
            csv.append(names[a]).append(',').append(random.nextDouble() < rates[a] ? 1 : 0).append('\n');
        }
        Path log = dir.resolve("log.csv");
        Files.writeString(log, csv);
        CommandRun run = CommandRun.of("stats", "bandit", "--log", log.toString(), "--arm-column", "variant",
                "--reward-column", "converted", "--policies", "thompson", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("events").asInt()).isEqualTo(20_000);
        assertThat(doc.get("logged_arm_means").get("B").asDouble()).isCloseTo(0.20, within(0.015));
        JsonNode t = doc.get("policies").get(0);
        assertThat(t.get("allocation").get("B").asDouble()).isGreaterThan(0.6);
        assertThat(t.get("accepted_events").asInt()).isGreaterThan(20_000 / 4);
        CommandRun text = CommandRun.of("stats", "bandit", "--log", log.toString(), "--arm-column", "variant",
                "--reward-column", "converted");
        assertThat(text.out()).contains("replay of 20000 logged events", "B 0.2");
    }

    @Test
    void badSourcesPoliciesAndLogsAreClearErrors() throws IOException {
        CommandRun none = CommandRun.of("stats", "bandit");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("error: give exactly one of --arms, --testbed or --log, got 0");
        CommandRun policy = CommandRun.of("stats", "bandit", "--arms", "0.1,0.2", "--policies", "exp3");
        assertThat(policy.exitCode()).isEqualTo(2);
        assertThat(policy.err()).contains("unknown policy 'exp3'");
        CommandRun rate = CommandRun.of("stats", "bandit", "--arms", "0.1,1.2");
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("arm 1 has mean 1.2; expected a probability in [0, 1]");
        Path log = dir.resolve("bad.csv");
        Files.writeString(log, "arm,reward\nA,1\nB,yes\n");
        CommandRun bad = CommandRun.of("stats", "bandit", "--log", log.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("column 'reward'").contains("yes");
        CommandRun column = CommandRun.of("stats", "bandit", "--log", log.toString(), "--arm-column", "variant");
        assertThat(column.exitCode()).isEqualTo(2);
        assertThat(column.err()).contains("variant");
    }
}
