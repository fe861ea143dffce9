package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * A contextual bandit with linear payoffs, for checking contextual strategies: every round a context
 * {@code x ~ N(0, I)} arrives, and arm a pays {@code theta_a' x + noise * N(0, 1)}.
 *
 * @param theta {@code theta[arm]}, each arm's coefficients, all of the same length
 * @param noise reward noise standard deviation, at least 0
 */
public record LinearContextualBandit(double[][] theta, double noise) {

    /** Checks the shapes. */
    public LinearContextualBandit {
        if (theta.length < 1 || theta[0].length < 1 || !(noise >= 0)) {
            throw new IllegalArgumentException("a contextual bandit needs at least one arm, one feature and noise >= 0");
        }
        for (double[] t : theta) {
            if (t.length != theta[0].length) {
                throw new IllegalArgumentException("every arm needs " + theta[0].length + " coefficients");
            }
        }
    }

    /** {@code arms} arms with coefficients ~ N(0, 1/dimension), so expected payoffs have variance about 1. */
    public static LinearContextualBandit random(int arms, int dimension, double noise, SplittableRandom random) {
        double[][] theta = new double[arms][dimension];
        for (double[] t : theta) {
            for (int j = 0; j < dimension; j++) {
                t[j] = random.nextGaussian() / Math.sqrt(dimension);
            }
        }
        return new LinearContextualBandit(theta, noise);
    }

    /**
     * Plays {@code steps} rounds with {@code learner}.
     *
     * @return {@code [t]}: expected regret (best arm's expected payoff minus the pulled arm's) summed over
     *         rounds 1..t+1
     */
    public double[] play(ContextualLearner learner, int steps, SplittableRandom random) {
        int d = theta[0].length;
        double[] regret = new double[steps];
        double total = 0;
        for (int t = 0; t < steps; t++) {
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = random.nextGaussian();
            }
            double best = Double.NEGATIVE_INFINITY;
            for (double[] th : theta) {
                best = Math.max(best, expected(th, x));
            }
            int arm = learner.choose(x);
            double mean = expected(theta[arm], x);
            learner.update(x, arm, mean + noise * random.nextGaussian());
            total += best - mean;
            regret[t] = total;
        }
        return regret;
    }

    private static double expected(double[] th, double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += th[j] * x[j];
        }
        return s;
    }
}
