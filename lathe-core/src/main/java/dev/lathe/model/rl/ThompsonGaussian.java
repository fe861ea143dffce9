package dev.lathe.model.rl;

import java.util.SplittableRandom;

/**
 * Thompson sampling for Gaussian rewards of known variance with a conjugate normal prior on each arm's
 * mean: after n rewards with sum S, the posterior of the mean is normal with precision
 * {@code 1/priorVariance + n/noiseVariance} and mean {@code (priorMean/priorVariance + S/noiseVariance) /
 * precision}. Every round draws one mean per arm and pulls the largest.
 *
 * @param priorMean     prior mean of every arm (default 0)
 * @param priorVariance prior variance, above 0 (default 1, as the testbed's N(0, 1) means)
 * @param noiseVariance reward variance around the arm's mean, above 0 (default 1)
 */
public record ThompsonGaussian(double priorMean, double priorVariance, double noiseVariance)
        implements BanditStrategy {

    /** Checks the ranges. */
    public ThompsonGaussian {
        if (!Double.isFinite(priorMean) || !(priorVariance > 0) || !(noiseVariance > 0)
                || !Double.isFinite(priorVariance) || !Double.isFinite(noiseVariance)) {
            throw new IllegalArgumentException("Gaussian Thompson sampling needs a finite prior mean and variances "
                    + "above 0, got " + priorMean + ", " + priorVariance + ", " + noiseVariance);
        }
    }

    /** Prior N(0, 1), reward variance 1. */
    public ThompsonGaussian() {
        this(0, 1, 1);
    }

    @Override
    public String name() {
        return "thompson_gaussian";
    }

    @Override
    public BanditLearner start(int arms, SplittableRandom random) {
        ArmStatistics stats = new ArmStatistics(arms);
        return new BanditLearner() {
            private final double[] draw = new double[arms];

            @Override
            public int choose() {
                for (int a = 0; a < arms; a++) {
                    double precision = 1 / priorVariance + stats.pulls[a] / noiseVariance;
                    double mean = (priorMean / priorVariance + stats.pulls[a] * stats.means[a] / noiseVariance)
                            / precision;
                    draw[a] = mean + random.nextGaussian() / Math.sqrt(precision);
                }
                return ArmStatistics.argmax(draw, random);
            }

            @Override
            public void update(int arm, double reward) {
                stats.update(arm, reward);
            }
        };
    }
}
