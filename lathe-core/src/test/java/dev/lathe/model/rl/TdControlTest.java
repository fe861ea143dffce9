package dev.lathe.model.rl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sutton and Barto, example 6.6 (cliff walking, epsilon 0.1, alpha 0.5, 500 episodes): Q-learning learns
 * the optimal path along the cliff edge, SARSA the safer path away from it, and SARSA earns more online.
 */
class TdControlTest {

    private static final CliffWalking CLIFF = new CliffWalking();
    /** Up from the start, twelve cells along the row above the cliff, then down to the goal. */
    private static final List<Integer> EDGE_PATH = List.of(36, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 47);

    private static LearnedValues learn(TdControl.Method method, long seed) {
        return learn(method, seed, 0.5, 500);
    }

    private static LearnedValues learn(TdControl.Method method, long seed, double alpha, int episodes) {
        return new TdControl(method, alpha, 1, EpsilonSchedule.constant(0.1), episodes, seed)
                .learn(CLIFF.environment(10_000));
    }

    @Test
    void qLearningLearnsTheEdgePathAndSarsaTheSafePath() {
        // step size 0.1 and 2000 episodes rather than the example's 0.5 and 500, so that SARSA's noisy values
        // settle along its whole path (with 0.5 a top-row cell's greedy action can point into the wall)
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> q = GreedyPath.follow(CLIFF, learn(TdControl.Method.Q_LEARNING, seed, 0.1, 2000).greedyPolicy(),
                    100);
            List<Integer> sarsa = GreedyPath.follow(CLIFF, learn(TdControl.Method.SARSA, seed, 0.1, 2000).greedyPolicy(),
                    100);
            assertThat(q).as("Q-learning, seed %d", seed).isEqualTo(EDGE_PATH);
            assertThat(sarsa).as("SARSA, seed %d", seed).endsWith(47).hasSizeGreaterThan(EDGE_PATH.size());
            // the safe path keeps off the row next to the cliff (Q-learning walks all ten cells of it) except,
            // at most, one or two cells where it comes down to the goal
            assertThat(sarsa.stream().filter(s -> s / 12 == 2 && s % 12 != 0 && s % 12 != 11).count())
                    .as("SARSA, seed %d: cells beside the cliff in %s", seed, sarsa).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void sarsaEarnsMoreOnlineThanQLearning() {
        double q = 0;
        double sarsa = 0;
        for (long seed = 1; seed <= 10; seed++) {
            q += tailMean(learn(TdControl.Method.Q_LEARNING, seed).episodeReturns());
            sarsa += tailMean(learn(TdControl.Method.SARSA, seed).episodeReturns());
        }
        assertThat(sarsa / 10).isGreaterThan(q / 10);
    }

    @Test
    void expectedSarsaAndMonteCarloReachTheGoal() {
        LearnedValues expected = learn(TdControl.Method.EXPECTED_SARSA, 3);
        assertThat(GreedyPath.follow(CLIFF, expected.greedyPolicy(), 100)).endsWith(47);
        GridWorld world = new GridWorld();
        LearnedValues mc = new MonteCarloControl(1, EpsilonSchedule.linear(1, 0.05, 300), 1000, 4)
                .learn(world.environment(200));
        List<Integer> path = GreedyPath.follow(world, mc.greedyPolicy(), 100);
        assertThat(path).endsWith(24);
        // the shortest route from the top left to the bottom right of the default map takes 8 moves
        assertThat(path).hasSize(9);
    }

    @Test
    void sameSeedSameLearning() {
        LearnedValues a = learn(TdControl.Method.SARSA, 9);
        LearnedValues b = learn(TdControl.Method.SARSA, 9);
        assertThat(b.episodeReturns()).containsExactly(a.episodeReturns());
        assertThat(b.q()).isDeepEqualTo(a.q());
    }

    private static double tailMean(double[] returns) {
        double s = 0;
        for (int e = returns.length - 100; e < returns.length; e++) {
            s += returns[e];
        }
        return s / 100;
    }
}
