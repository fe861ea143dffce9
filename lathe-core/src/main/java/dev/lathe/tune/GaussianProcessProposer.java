package dev.lathe.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bayesian optimisation with a Gaussian process (as scikit-optimize's {@code gp_minimize}): the first
 * {@code startup} configurations are seeded random draws; after that a Gaussian process with a Matern 5/2
 * kernel (length scales, signal and noise variances fitted by maximum likelihood) models the score over
 * the space mapped to the unit cube, and each proposal maximises the expected improvement over many
 * random candidates followed by a local refinement. A batch of several configurations uses the constant
 * liar: each chosen configuration is added as if it had scored the best score so far before choosing the
 * next. The space must be unconditional; choices are one-hot columns, whole numbers are rounded. Seeded and
 * deterministic.
 *
 * @param trials          configurations in all, at least 1
 * @param batch           configurations proposed together (evaluated in parallel), at least 1
 * @param startup         random configurations before the model is used, at least 1 (default 5)
 * @param greaterIsBetter whether a larger mean of the trials' first metric is better
 * @param seed            seed of the draws and of the model fits
 */
public record GaussianProcessProposer(int trials, int batch, int startup, boolean greaterIsBetter, long seed)
        implements TrialProposer {

    private static final int CANDIDATES = 1000;
    private static final int REFINED = 5;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    /** Validates the configuration. */
    public GaussianProcessProposer {
        dev.lathe.param.Check.atLeast("trials", trials, 1);
        dev.lathe.param.Check.atLeast("batch", batch, 1);
        dev.lathe.param.Check.atLeast("n_startup", startup, 1);
    }

    /** One configuration at a time after five random ones. */
    public GaussianProcessProposer(int trials, boolean greaterIsBetter, long seed) {
        this(trials, 1, 5, greaterIsBetter, seed);
    }

    @Override
    public int planned(SearchSpace space) {
        return trials;
    }

    @Override
    public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
        UnitCube cube = new UnitCube(space);
        int done = finished.size();
        if (done >= trials) {
            return List.of();
        }
        if (done < startup) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<Map<String, Object>> out = new ArrayList<>();
            for (int t = 0; t < Math.min(startup, trials); t++) {
                out.add(space.sample(rng));
            }
            return out.subList(done, out.size());
        }
        SplittableRandom rng = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * done);
        List<double[]> points = cube.encodeAll(finished.stream().map(Trial::params).toList());
        double[] y = Objective.of(finished, greaterIsBetter);
        double lie = java.util.Arrays.stream(y).max().orElseThrow();
        GaussianProcess gp = GaussianProcess.fit(points, y, rng.nextLong());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < Math.min(batch, trials - done); k++) {
            if (k > 0) {
                gp = gp.with(points, y);
            }
            Map<String, Object> next = cube.decode(maximiseImprovement(space, cube, gp, gp.bestStandardised(y), rng));
            out.add(next);
            points = new ArrayList<>(points);
            points.add(cube.encode(next));
            y = java.util.Arrays.copyOf(y, y.length + 1);
            y[y.length - 1] = lie;
        }
        return out;
    }

    private static double[] maximiseImprovement(SearchSpace space, UnitCube cube, GaussianProcess gp, double best,
                                                SplittableRandom rng) {
        List<double[]> candidates = new ArrayList<>(CANDIDATES);
        List<Double> scores = new ArrayList<>(CANDIDATES);
        for (int i = 0; i < CANDIDATES; i++) {
            double[] c = cube.encode(space.sample(rng));
            candidates.add(c);
            scores.add(improvement(gp, c, best));
        }
        Integer[] order = new Integer[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
        double[] bestPoint = candidates.get(order[0]);
        double bestScore = scores.get(order[0]);
        for (int r = 0; r < REFINED; r++) {
            double[] p = candidates.get(order[r]).clone();
            double s = refine(cube, gp, best, p, scores.get(order[r]), rng);
            if (s > bestScore) {
                bestScore = s;
                bestPoint = p;
            }
        }
        return bestPoint;
    }

    /** Random local steps on the range columns, shrinking; improves {@code p} in place, returns its score. */
    private static double refine(UnitCube cube, GaussianProcess gp, double best, double[] p, double score,
                                 SplittableRandom rng) {
        for (double step = 0.1; step > 1e-3; step /= 2) {
            for (int i = 0; i < 10; i++) {
                double[] q = p.clone();
                for (int j = 0; j < q.length; j++) {
                    if (cube.continuous(j)) {
                        q[j] = Math.min(1, Math.max(0, q[j] + step * NORMAL.inverseCumulativeProbability(
                                rng.nextDouble(1e-9, 1 - 1e-9))));
                    }
                }
                double s = improvement(gp, q, best);
                if (s > score) {
                    score = s;
                    System.arraycopy(q, 0, p, 0, p.length);
                }
            }
        }
        return score;
    }

    private static double improvement(GaussianProcess gp, double[] p, double best) {
        double[] ms = gp.predict(p);
        double gain = ms[0] - best;
        double z = gain / ms[1];
        return gain * NORMAL.cumulativeProbability(z) + ms[1] * NORMAL.density(z);
    }
}
