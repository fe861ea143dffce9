package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * Epsilon-greedy with sample-average estimates (Sutton and Barto, section 2.4): with probability
 * {@code epsilon} a uniformly random arm, otherwise the arm with the highest average reward so far
 * (unpulled arms count {@code initialValue}; ties broken at random).
 *
 * @param epsilon      exploration rate, in [0, 1] (default 0.1)
 * @param initialValue the estimate of an arm never pulled (default 0; a high value explores optimistically)
 */
public record EpsilonGreedy(double epsilon, double initialValue) implements BanditStrategy {

    /** Checks the ranges. */
    public EpsilonGreedy {
        if (!(epsilon >= 0 && epsilon <= 1) || !Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("epsilon-greedy needs epsilon in [0, 1] and a finite initial value, got "
                    + epsilon + " and " + initialValue);
        }
    }

    /** Exploration rate {@code epsilon}, initial estimates 0. */
    public EpsilonGreedy(double epsilon) {
        this(epsilon, 0);
    }

    @Override
    public String name() {
        return "epsilon_greedy(" + epsilon + ")";
    }

    @Override
    public BanditLearner start(int arms, SplittableRandom random) {
        ArmStatistics stats = new ArmStatistics(arms);
        return new BanditLearner() {
            private final double[] estimate = new double[arms];

            @Override
            public int choose() {
                if (random.nextDouble() < epsilon) {
                    return random.nextInt(arms);
                }
                for (int a = 0; a < arms; a++) {
                    estimate[a] = stats.pulls[a] == 0 ? initialValue : stats.means[a];
                }
                return ArmStatistics.argmax(estimate, random);
            }

            @Override
            public void update(int arm, double reward) {
                stats.update(arm, reward);
            }
        };
    }
}
