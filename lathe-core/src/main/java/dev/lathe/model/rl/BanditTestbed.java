package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * A multi-armed bandit with Gaussian or Bernoulli arms (Sutton and Barto's 10-armed testbed, section 2.3,
 * and the conversion-rate arms of an A/B test). As an {@link Environment} it has one observation, one
 * action per arm, and every pull is an episode of one step.
 */
public final class BanditTestbed implements Environment {

    /** The reward distribution of the arms. */
    public enum Arms { GAUSSIAN, BERNOULLI }

    private final Arms arms;
    private final double[] means;
    private final double sd;
    private SplittableRandom random;

    /**
     * @param arms  Gaussian (reward ~ N(mean, sd^2)) or Bernoulli (reward 1 with probability mean, else 0)
     * @param means each arm's expected reward: finite; in [0, 1] for Bernoulli arms; at least one arm
     * @param sd    the Gaussian arms' standard deviation, above 0 (ignored for Bernoulli arms)
     */
    public BanditTestbed(Arms arms, double[] means, double sd) {
        if (means.length < 1) {
            throw new IllegalArgumentException("a bandit needs at least one arm");
        }
        for (int a = 0; a < means.length; a++) {
            double m = means[a];
            if (!Double.isFinite(m) || (arms == Arms.BERNOULLI && (m < 0 || m > 1))) {
                throw new IllegalArgumentException("arm " + a + " has mean " + m + "; expected "
                        + (arms == Arms.BERNOULLI ? "a probability in [0, 1]" : "a finite number"));
            }
        }
        if (arms == Arms.GAUSSIAN && !(sd > 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("Gaussian arms need a standard deviation above 0, got " + sd);
        }
        this.arms = arms;
        this.means = means.clone();
        this.sd = sd;
    }

    /** The k-armed testbed of Sutton and Barto: means ~ N(0, 1), rewards ~ N(mean, 1). */
    public static BanditTestbed gaussian(int k, SplittableRandom random) {
        double[] m = new double[k];
        for (int a = 0; a < k; a++) {
            m[a] = random.nextGaussian();
        }
        return new BanditTestbed(Arms.GAUSSIAN, m, 1);
    }

    /** k Bernoulli arms with success probabilities ~ Uniform(0, 1). */
    public static BanditTestbed bernoulli(int k, SplittableRandom random) {
        double[] m = new double[k];
        for (int a = 0; a < k; a++) {
            m[a] = random.nextDouble();
        }
        return new BanditTestbed(Arms.BERNOULLI, m, 1);
    }

    /** The arms' kind. */
    public Arms arms() {
        return arms;
    }

    /** The number of arms. */
    public int size() {
        return means.length;
    }

    /** Each arm's expected reward (a copy). */
    public double[] means() {
        return means.clone();
    }

    /** The best arm's expected reward. */
    public double bestMean() {
        double best = means[0];
        for (double m : means) {
            best = Math.max(best, m);
        }
        return best;
    }

    /** One reward of {@code arm}, drawn from {@code random}. */
    public double pull(int arm, SplittableRandom random) {
        if (arm < 0 || arm >= means.length) {
            throw new IllegalArgumentException("arm " + arm + " is outside 0.." + (means.length - 1));
        }
        return arms == Arms.GAUSSIAN ? means[arm] + sd * random.nextGaussian()
                : random.nextDouble() < means[arm] ? 1 : 0;
    }

    @Override
    public DiscreteSpace observationSpace() {
        return new DiscreteSpace(1);
    }

    @Override
    public DiscreteSpace actionSpace() {
        return new DiscreteSpace(means.length);
    }

    @Override
    public int reset(SplittableRandom random) {
        this.random = random;
        return 0;
    }

    @Override
    public Step step(int action) {
        if (random == null) {
            throw new IllegalStateException("call reset before step");
        }
        return new Step(0, pull(action, random), true, false);
    }
}
