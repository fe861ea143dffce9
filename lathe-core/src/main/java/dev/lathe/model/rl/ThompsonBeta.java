package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * Thompson sampling for Bernoulli rewards with Beta priors (Chapelle and Li 2011): each arm's success
 * probability has a Beta(alpha + successes, beta + failures) posterior; every round draws one value per
 * arm from its posterior and pulls the arm with the largest draw. Rewards must be 0 or 1.
 *
 * @param alpha prior successes, above 0 (default 1: a uniform prior)
 * @param beta  prior failures, above 0 (default 1)
 */
public record ThompsonBeta(double alpha, double beta) implements BanditStrategy {

    /** Checks the ranges. */
    public ThompsonBeta {
        if (!(alpha > 0 && beta > 0) || !Double.isFinite(alpha) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("a Beta prior needs alpha > 0 and beta > 0, got " + alpha + " and "
                    + beta);
        }
    }

    /** A uniform Beta(1, 1) prior. */
    public ThompsonBeta() {
        this(1, 1);
    }

    @Override
    public String name() {
        return "thompson_beta";
    }

    @Override
    public BanditLearner start(int arms, SplittableRandom random) {
        if (arms < 1) {
            throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
        }
        return new BanditLearner() {
            private final double[] successes = new double[arms];
            private final double[] failures = new double[arms];
            private final double[] draw = new double[arms];

            @Override
            public int choose() {
                for (int a = 0; a < arms; a++) {
                    draw[a] = GammaDraw.beta(alpha + successes[a], beta + failures[a], random);
                }
                return ArmStatistics.argmax(draw, random);
            }

            @Override
            public void update(int arm, double reward) {
                if (arm < 0 || arm >= arms) {
                    throw new IllegalArgumentException("arm " + arm + " is outside 0.." + (arms - 1));
                }
                if (reward != 0 && reward != 1) {
                    throw new IllegalArgumentException("Beta-Bernoulli Thompson sampling needs rewards 0 or 1; arm "
                            + arm + " paid " + reward + " (use thompson_gaussian for other rewards)");
                }
                if (reward == 1) {
                    successes[arm]++;
                } else {
                    failures[arm]++;
                }
            }
        };
    }
}
