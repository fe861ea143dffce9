package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * One-step temporal-difference control with an epsilon-greedy behaviour policy (Sutton and Barto,
 * chapter 6): Q-learning (off-policy, target {@code max_a Q(s', a)}), SARSA (on-policy, target
 * {@code Q(s', a')} for the action actually taken next) and expected SARSA (target: the expectation of
 * {@code Q(s', .)} under the epsilon-greedy policy). Action values start at 0; a terminal next state has
 * value 0, a truncated episode bootstraps from its last state.
 *
 * @param method   which target
 * @param alpha    step size, in (0, 1] (default 0.5 as in example 6.6)
 * @param gamma    discount factor, in [0, 1] (default 1)
 * @param epsilon  exploration rate per episode
 * @param episodes training episodes, at least 1
 * @param seed     seed of the behaviour policy and of the environment's transitions
 */
public record TdControl(Method method, double alpha, double gamma, EpsilonSchedule epsilon, int episodes, long seed)
        implements TabularAgent {

    /** The bootstrap target. */
    public enum Method { Q_LEARNING, SARSA, EXPECTED_SARSA }

    /** Checks the ranges. */
    public TdControl {
        if (method == null || epsilon == null) {
            throw new IllegalArgumentException("a TD learner needs a method and an epsilon schedule");
        }
        Checks.rates(alpha, gamma, episodes);
    }

    @Override
    public LearnedValues learn(Environment env) {
        int nS = env.observationSpace().size();
        int nA = env.actionSpace().size();
        double[][] q = new double[nS][nA];
        double[] returns = new double[episodes];
        int[] lengths = new int[episodes];
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < episodes; e++) {
            double eps = epsilon.at(e);
            int s = env.reset(random);
            int a = QTable.epsilonGreedy(q[s], eps, random);
            Step step;
            do {
                step = env.step(a);
                int s2 = step.observation();
                int a2 = step.terminated() ? 0 : QTable.epsilonGreedy(q[s2], eps, random);
                double next = step.terminated() ? 0 : switch (method) {
                    case Q_LEARNING -> q[s2][QTable.greedy(q[s2])];
                    case SARSA -> q[s2][a2];
                    case EXPECTED_SARSA -> expected(q[s2], eps);
                };
                q[s][a] += alpha * (step.reward() + gamma * next - q[s][a]);
                returns[e] += step.reward();
                lengths[e]++;
                s = s2;
                a = a2;
            } while (!step.done());
        }
        return new LearnedValues(q, returns, lengths);
    }

    /** The value of {@code q} under the epsilon-greedy policy (ties among the best actions all have the best value). */
    private static double expected(double[] q, double eps) {
        double sum = 0;
        for (double v : q) {
            sum += v;
        }
        return eps * sum / q.length + (1 - eps) * q[QTable.greedy(q)];
    }
}
