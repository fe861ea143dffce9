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

/** {@code lathe rl run} end to end: learners, planners, the HTML report and clear errors. */
class RlRunCommandTest {

    @TempDir
    Path dir;

    @Test
    void qLearningOnTheCliffWritesLearningCurvesAndTakesTheEdgePath() throws IOException {
        Path report = dir.resolve("cliff.html");
        CommandRun run = CommandRun.of("rl", "run", "cliff_walking", "--agent", "q_learning", "--json", "-o",
                report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("episode_returns")).hasSize(500);
        // the greedy policy walks the 13-move edge path (Sutton and Barto, example 6.6)
        assertThat(doc.get("greedy_policy").get("mean_return").asDouble()).isEqualTo(-13.0);
        assertThat(doc.get("greedy_path")).hasSize(14);
        String html = Files.readString(report);
        assertThat(html).contains("Learning curves", "Return per episode", "moving average", "<svg", "[→]");
    }

    @Test
    void valueIterationOnTheDeterministicLakeReachesTheGoalInSixMoves() throws IOException {
        CommandRun run = CommandRun.of("rl", "run", "frozen_lake", "--no-slippery", "--agent", "value_iteration",
                "--gamma", "0.9", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("start_value").asDouble()).isCloseTo(Math.pow(0.9, 5), within(1e-9));
        assertThat(doc.get("greedy_policy").get("mean_return").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("greedy_policy").get("mean_length").asDouble()).isEqualTo(6.0);
        assertThat(doc.has("episode_returns")).isFalse();
    }

    @Test
    void textOutputNamesTheAgentAndThePolicy() {
        CommandRun run = CommandRun.of("rl", "run", "grid_world", "--agent", "monte_carlo", "--episodes", "300",
                "--epsilon", "1", "--epsilon-end", "0.05", "--epsilon-decay", "exponential");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("monte_carlo on grid_world", "greedy policy over 1000 episodes");
    }

    @Test
    void badEnvironmentsAgentsAndSettingsAreClearErrors() {
        CommandRun env = CommandRun.of("rl", "run", "moon_lander");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).startsWith("error: unknown environment 'moon_lander'; known: grid_world");
        CommandRun agent = CommandRun.of("rl", "run", "grid_world", "--agent", "dqn");
        assertThat(agent.exitCode()).isEqualTo(2);
        assertThat(agent.err()).contains("unknown agent 'dqn'; known: q_learning");
        CommandRun alpha = CommandRun.of("rl", "run", "grid_world", "--alpha", "1.5");
        assertThat(alpha.exitCode()).isEqualTo(2);
        assertThat(alpha.err()).contains("alpha must be in (0, 1], got 1.5");
        CommandRun pi = CommandRun.of("rl", "run", "grid_world", "--agent", "policy_iteration", "--gamma", "1");
        assertThat(pi.exitCode()).isEqualTo(2);
        assertThat(pi.err()).contains("policy iteration needs gamma in [0, 1), got 1.0");
        CommandRun decay = CommandRun.of("rl", "run", "grid_world", "--epsilon-decay", "cosine");
        assertThat(decay.exitCode()).isEqualTo(2);
        assertThat(decay.err()).contains("--epsilon-decay must be constant, linear or exponential, got 'cosine'");
    }
}
