package dev.lathe.tune;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A Parzen estimator of one hyperparameter for the tree-structured Parzen proposer: for a range, an equal
 * mixture of normals truncated to [0, 1] (values mapped as in {@link UnitCube}), one per observation with a
 * width that of its wider gap to a neighbour, plus a wide prior component; for a list of choices, counts
 * plus one.
 */
sealed interface Parzen {

    /** A value on the estimator's scale (a position on [0, 1], or a choice's index). */
    double sample(SplittableRandom rng);

    /** The log density (or log probability) at {@code v}. */
    double logDensity(double v);

    /** The estimator of {@code observations}: positions on [0, 1], or indices when {@code choices} > 0. */
    static Parzen of(double[] observations, int choices) {
        return choices > 0 ? Categorical.of(observations, choices) : Numeric.of(observations);
    }

    /** Truncated normal mixture on [0, 1]. */
    record Numeric(double[] means, double[] widths) implements Parzen {

        private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

        static Numeric of(double[] observations) {
            int n = observations.length;
            double[] means = Arrays.copyOf(observations, n + 1);
            means[n] = 0.5;
            double[] sorted = observations.clone();
            Arrays.sort(sorted);
            double minWidth = 1.0 / Math.min(100, n + 1);
            double[] widths = new double[n + 1];
            for (int i = 0; i < n; i++) {
                int at = Arrays.binarySearch(sorted, observations[i]);
                double left = observations[i] - (at > 0 ? sorted[at - 1] : 0);
                double right = (at < n - 1 ? sorted[at + 1] : 1) - observations[i];
                widths[i] = Math.min(1, Math.max(minWidth, Math.max(left, right)));
            }
            widths[n] = 1;
            return new Numeric(means, widths);
        }

        @Override
        public double sample(SplittableRandom rng) {
            int k = rng.nextInt(means.length);
            for (int tries = 0; tries < 100; tries++) {
                double v = means[k] + widths[k] * NORMAL.inverseCumulativeProbability(rng.nextDouble(1e-12, 1 - 1e-12));
                if (v >= 0 && v <= 1) {
                    return v;
                }
            }
            return Math.min(1, Math.max(0, means[k]));
        }

        @Override
        public double logDensity(double v) {
            double sum = 0;
            for (int k = 0; k < means.length; k++) {
                double mass = NORMAL.cumulativeProbability((1 - means[k]) / widths[k])
                        - NORMAL.cumulativeProbability(-means[k] / widths[k]);
                sum += NORMAL.density((v - means[k]) / widths[k]) / (widths[k] * mass);
            }
            return Math.log(sum / means.length);
        }
    }

    /** Choice probabilities: counts plus one, normalised. */
    record Categorical(double[] probabilities) implements Parzen {

        static Categorical of(double[] observations, int choices) {
            double[] p = new double[choices];
            Arrays.fill(p, 1);
            for (double o : observations) {
                p[(int) o]++;
            }
            for (int c = 0; c < choices; c++) {
                p[c] /= observations.length + choices;
            }
            return new Categorical(p);
        }

        @Override
        public double sample(SplittableRandom rng) {
            double u = rng.nextDouble();
            for (int c = 0; c < probabilities.length - 1; c++) {
                u -= probabilities[c];
                if (u < 0) {
                    return c;
                }
            }
            return probabilities.length - 1;
        }

        @Override
        public double logDensity(double v) {
            return Math.log(probabilities[(int) v]);
        }
    }

    /** Positions (or choice indices) of {@code d} in the configurations that have it. */
    static double[] observations(Dimension d, List<java.util.Map<String, Object>> configurations) {
        return configurations.stream().filter(c -> c.containsKey(d.name()))
                .mapToDouble(c -> d.distribution() instanceof Distribution.Choice ch ? ch.values().indexOf(c.get(d.name()))
                        : UnitCube.unit(d.distribution(), ((Number) c.get(d.name())).doubleValue()))
                .toArray();
    }
}
