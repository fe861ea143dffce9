package dev.lathe.stats.bayes;

import dev.lathe.math.Quantiles;
import dev.lathe.math.RadixSort;
import dev.lathe.parallel.Chunks;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Any number of arms compared by Monte Carlo draws from their posteriors (Beta for conversions, Student t for
 * the mean of a revenue-like metric): for each arm the probability that it is best, the expected loss of
 * choosing it ({@code E[max_j theta_j - theta_i]}), and its relative uplift over the first arm (the control),
 * {@code theta_i / theta_0 - 1}, with an equal-tailed credible interval (draws where that ratio is 0 / 0 are
 * left out). Draws are made in fixed chunks, each
 * with its own generator split from the seed, so the result depends on the seed and not on the thread count.
 *
 * @param arms            the arms' names, the control first
 * @param probabilityBest per arm, the share of draws in which it is the largest
 * @param expectedLoss    per arm, the mean shortfall from the best arm of each draw
 * @param probabilityAboveControl per arm, the share of draws in which it is above the control (0 for the control)
 * @param uplift          per arm, the median relative uplift over the control (0 for the control)
 * @param upliftInterval  per arm, the equal-tailed credible interval of the relative uplift
 * @param draws           the number of joint draws
 */
public record ArmSimulation(List<String> arms, double[] probabilityBest, double[] expectedLoss,
                            double[] probabilityAboveControl, double[] uplift,
                            List<CredibleInterval> upliftInterval, int draws) {

    private static final int CHUNK = 4096;

    /** Copies the arrays and lists. */
    public ArmSimulation {
        arms = List.copyOf(arms);
        probabilityBest = probabilityBest.clone();
        expectedLoss = expectedLoss.clone();
        probabilityAboveControl = probabilityAboveControl.clone();
        uplift = uplift.clone();
        upliftInterval = List.copyOf(upliftInterval);
    }

    /**
     * Simulates the arms.
     *
     * @param arms       the arms' names, the control first; at least two, unique
     * @param posteriors one posterior per arm, in the same order
     * @param draws      the number of joint draws, at least 1000 (100,000 gives probabilities to about 0.003)
     * @param mass       the credible mass of the uplift intervals, in (0, 1)
     * @param seed       the seed of the draws
     */
    public static ArmSimulation run(List<String> arms, List<Posterior> posteriors, int draws, double mass, long seed) {
        int k = arms.size();
        if (k < 2 || posteriors.size() != k || arms.stream().distinct().count() != k) {
            throw new IllegalArgumentException("need at least two arms with unique names and one posterior each, got "
                    + arms + " and " + posteriors.size() + " posteriors");
        }
        if (draws < 1000) {
            throw new IllegalArgumentException("need at least 1000 draws, got " + draws);
        }
        CredibleInterval.checkMass(mass);
        double[][] theta = draw(posteriors, draws, seed);
        double[] best = new double[k];
        double[] loss = new double[k];
        double[] above = new double[k];
        for (int d = 0; d < draws; d++) {
            int argmax = 0;
            for (int i = 1; i < k; i++) {
                if (theta[i][d] > theta[argmax][d]) {
                    argmax = i;
                }
            }
            best[argmax]++;
            for (int i = 0; i < k; i++) {
                loss[i] += theta[argmax][d] - theta[i][d];
                if (i > 0 && theta[i][d] > theta[0][d]) {
                    above[i]++;
                }
            }
        }
        double[] median = new double[k];
        CredibleInterval[] intervals = new CredibleInterval[k];
        double tail = (1 - mass) / 2;
        Chunks.run(k, i -> {
            double[] ratio = new double[draws];
            int kept = 0;
            for (int d = 0; d < draws; d++) {
                double r = theta[i][d] / theta[0][d] - 1;
                if (!Double.isNaN(r)) {
                    ratio[kept++] = r;
                }
            }
            ratio = Arrays.copyOf(ratio, kept);
            RadixSort.sort(ratio);
            median[i] = Quantiles.ofSorted(ratio, kept, 0.5);
            intervals[i] = new CredibleInterval(Quantiles.ofSorted(ratio, kept, tail),
                    Quantiles.ofSorted(ratio, kept, 1 - tail), mass);
        });
        for (int i = 0; i < k; i++) {
            best[i] /= draws;
            loss[i] /= draws;
            above[i] /= draws;
        }
        return new ArmSimulation(arms, best, loss, above, median, List.of(intervals), draws);
    }

    /**
     * The arm to stop with under the "threshold of caring" rule: the arm of least expected loss when that loss
     * is below {@code threshold}, else null (keep collecting data).
     */
    public String decide(double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold of caring must be positive, got " + threshold);
        }
        int argmin = 0;
        for (int i = 1; i < expectedLoss.length; i++) {
            if (expectedLoss[i] < expectedLoss[argmin]) {
                argmin = i;
            }
        }
        return expectedLoss[argmin] < threshold ? arms.get(argmin) : null;
    }

    private static double[][] draw(List<Posterior> posteriors, int draws, long seed) {
        int k = posteriors.size();
        int chunks = (draws + CHUNK - 1) / CHUNK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = root.split();
        }
        double[][] theta = new double[k][draws];
        Chunks.run(chunks, c -> {
            for (int i = 0; i < k; i++) {
                DoubleSupplier sampler = posteriors.get(i).sampler(streams[c].split());
                for (int d = c * CHUNK; d < Math.min(draws, (c + 1) * CHUNK); d++) {
                    theta[i][d] = sampler.getAsDouble();
                }
            }
        });
        return theta;
    }
}
