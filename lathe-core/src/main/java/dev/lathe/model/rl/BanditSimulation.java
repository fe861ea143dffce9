package dev.lathe.model.rl;

import dev.lathe.parallel.Parallelism;
import java.util.SplittableRandom;

/**
 * Repeated bandit experiments, averaged (as Sutton and Barto average 2000 runs of the 10-armed testbed).
 * Run r draws its testbed and all its randomness from the r-th seed derived from {@code seed}, so every
 * strategy simulated with the same seed meets the same testbeds, and the result does not depend on the
 * number of threads the runs are spread over.
 *
 * @param testbeds how each run gets its bandit (a fresh random testbed, or the same fixed arms every run)
 * @param steps    pulls per run, at least 1
 * @param runs     independent runs, at least 1
 * @param seed     root seed
 */
public record BanditSimulation(Testbeds testbeds, int steps, int runs, long seed) {

    /** Where each run's bandit comes from. */
    @FunctionalInterface
    public interface Testbeds {
        /** The bandit of one run, drawing any randomness from {@code random}. */
        BanditTestbed draw(SplittableRandom random);
    }

    /**
     * The averaged outcome.
     *
     * @param cumulativeRegret {@code [t]}: expected regret summed over pulls 1..t+1 (best arm's mean minus
     *                         the pulled arm's mean), averaged over runs
     * @param averageReward    {@code [t]}: reward of pull t+1, averaged over runs
     * @param optimalShare     {@code [t]}: share of runs whose pull t+1 was a best arm
     * @param pulls            {@code [arm]}: pulls of each arm, averaged over runs
     */
    public record Result(String strategy, double[] cumulativeRegret, double[] averageReward, double[] optimalShare,
                         double[] pulls) {

        /** The expected regret after the last pull. */
        public double finalRegret() {
            return cumulativeRegret[cumulativeRegret.length - 1];
        }
    }

    /** Checks the ranges. */
    public BanditSimulation {
        if (testbeds == null || steps < 1 || runs < 1) {
            throw new IllegalArgumentException("a bandit simulation needs a testbed, steps >= 1 and runs >= 1, got "
                    + steps + " steps and " + runs + " runs");
        }
    }

    /** Simulates {@code strategy}. */
    public Result run(BanditStrategy strategy) {
        long[] seeds = new long[runs];
        SplittableRandom root = new SplittableRandom(seed);
        for (int r = 0; r < runs; r++) {
            seeds[r] = root.nextLong();
        }
        double[][] regret = new double[runs][];
        double[][] reward = new double[runs][];
        boolean[][] optimal = new boolean[runs][];
        long[][] pulls = new long[runs][];
        Parallelism.forEachIndex(runs, r -> {
            SplittableRandom random = new SplittableRandom(seeds[r]);
            BanditTestbed bed = testbeds.draw(random.split());
            SplittableRandom rewards = random.split();
            BanditLearner learner = strategy.start(bed.size(), random.split());
            double[] means = bed.means();
            double best = bed.bestMean();
            regret[r] = new double[steps];
            reward[r] = new double[steps];
            optimal[r] = new boolean[steps];
            pulls[r] = new long[bed.size()];
            double total = 0;
            for (int t = 0; t < steps; t++) {
                int arm = learner.choose();
                double y = bed.pull(arm, rewards);
                learner.update(arm, y);
                total += best - means[arm];
                regret[r][t] = total;
                reward[r][t] = y;
                optimal[r][t] = means[arm] == best;
                pulls[r][arm]++;
            }
        });
        int arms = pulls[0].length;
        double[] meanRegret = new double[steps];
        double[] meanReward = new double[steps];
        double[] share = new double[steps];
        double[] meanPulls = new double[arms];
        for (int r = 0; r < runs; r++) {
            for (int t = 0; t < steps; t++) {
                meanRegret[t] += regret[r][t] / runs;
                meanReward[t] += reward[r][t] / runs;
                share[t] += optimal[r][t] ? 1.0 / runs : 0;
            }
            if (pulls[r].length != arms) {
                throw new IllegalArgumentException("every run's testbed must have the same number of arms");
            }
            for (int a = 0; a < arms; a++) {
                meanPulls[a] += (double) pulls[r][a] / runs;
            }
        }
        return new Result(strategy.name(), meanRegret, meanReward, share, meanPulls);
    }
}
