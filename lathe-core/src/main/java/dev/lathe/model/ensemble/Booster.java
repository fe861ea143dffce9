package dev.lathe.model.ensemble;

import dev.lathe.math.Shuffle;
import dev.lathe.parallel.Parallelism;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The boosting loop shared by the regressor and the classifier. Features are binned once (one byte per
 * cell); each iteration computes gradients, grows K trees on a row sample and a feature sample, and
 * updates the raw scores of training rows from the tree's leaf ranges (the other rows from the bins).
 * With early stopping a seeded share of the rows is held out, and fitting stops once the held-out loss
 * has not improved by more than {@value #TOL} for {@code n_iter_no_change} iterations.
 */
final class Booster {

    /** Least improvement of the held-out loss that counts, as scikit-learn's tol. */
    static final double TOL = 1e-7;

    private static final int CHUNK = 16_384;

    private Booster() {
    }

    /**
     * Fits on column-major {@code x} (NaN = missing) and targets {@code y}, with per-row weights {@code w}
     * (null for unit weights).
     */
    static TreeEnsemble fit(double[][] x, List<String> names, double[] y, double[] w, Objective objective,
                            BoostingSettings s) {
        int n = y.length;
        SplittableRandom random = new SplittableRandom(s.randomState());
        int[] train;
        int[] valid;
        if (s.earlyStopping()) {
            int[] order = new int[n];
            Arrays.setAll(order, i -> i);
            Shuffle.inPlace(order, random.split());
            int held = (int) Math.round(n * s.validationFraction());
            if (held < 1 || held >= n) {
                throw new IllegalArgumentException("early stopping with validation_fraction " + s.validationFraction()
                        + " leaves no rows to " + (held < 1 ? "validate on" : "train on") + " among " + n);
            }
            valid = Arrays.copyOf(order, held);
            train = Arrays.copyOfRange(order, held, n);
            Arrays.sort(valid);
            Arrays.sort(train);
        } else {
            valid = new int[0];
            train = new int[n];
            Arrays.setAll(train, i -> i);
        }
        BinMapper mapper = BinMapper.fit(x, train, s.maxBins(), random.nextLong());
        byte[][] bins = mapper.bin(x);
        TreeGrower grower = new TreeGrower(bins, mapper, names, s);
        int k = objective.outputs();
        double[] base = objective.baseScores(y, w, train);
        double[][] raw = new double[k][n];
        for (int o = 0; o < k; o++) {
            Arrays.fill(raw[o], base[o]);
        }
        double[][] g = new double[k][n];
        double[][] h = new double[k][n];
        int[] sampled = new int[train.length];
        int[] others = new int[n];
        int[] work = new int[train.length];
        boolean[] used = new boolean[x.length];
        List<BoostedTree> trees = new ArrayList<>();
        double[] history = new double[s.maxIter() + 1];
        if (s.earlyStopping()) {
            history[0] = objective.meanLoss(y, w, raw, valid);
        }
        int chunks = (train.length + CHUNK - 1) / CHUNK;
        for (int it = 0; it < s.maxIter(); it++) {
            Parallelism.forEachIndex(chunks, c -> objective.gradients(y, w, raw, train, c * CHUNK,
                    Math.min(train.length, (c + 1) * CHUNK), g, h));
            SplittableRandom iterationRandom = random.split();
            int m = sample(train, s.subsample(), iterationRandom, sampled, others);
            int otherCount = train.length - m;
            System.arraycopy(valid, 0, others, otherCount, valid.length);
            otherCount += valid.length;
            for (int o = 0; o < k; o++) {
                chooseFeatures(used, s.colsample(), iterationRandom);
                System.arraycopy(sampled, 0, work, 0, m);
                trees.add(grower.grow(work, m, g[o], h[o], w, used, objective.leafRefit(y, w, raw[o])));
                grower.addToGrownRows(raw[o]);
                grower.addToOtherRows(others, 0, otherCount, raw[o]);
            }
            if (s.earlyStopping()) {
                history[it + 1] = objective.meanLoss(y, w, raw, valid);
                if (shouldStop(history, it + 1, s.nIterNoChange())) {
                    break;
                }
            }
        }
        return new TreeEnsemble(names, base, trees);
    }

    /** Bernoulli sample of {@code train} (kept in order) into {@code sampled}, the rest into {@code others}. */
    private static int sample(int[] train, double rate, SplittableRandom random, int[] sampled, int[] others) {
        if (rate >= 1) {
            System.arraycopy(train, 0, sampled, 0, train.length);
            return train.length;
        }
        int m = 0;
        int r = 0;
        for (int row : train) {
            if (random.nextDouble() < rate) {
                sampled[m++] = row;
            } else {
                others[r++] = row;
            }
        }
        return m;
    }

    /** Marks a seeded share {@code rate} of the features (at least one) as usable by the next tree. */
    private static void chooseFeatures(boolean[] used, double rate, SplittableRandom random) {
        if (rate >= 1) {
            Arrays.fill(used, true);
            return;
        }
        int[] order = new int[used.length];
        Arrays.setAll(order, i -> i);
        Shuffle.inPlace(order, random);
        int keep = Math.max(1, (int) Math.round(rate * used.length));
        Arrays.fill(used, false);
        for (int i = 0; i < keep; i++) {
            used[order[i]] = true;
        }
    }

    /**
     * Stops when none of the last {@code patience} held-out losses beat the one before them by more than
     * {@link #TOL}, as scikit-learn's early stopping on the loss.
     */
    private static boolean shouldStop(double[] history, int last, int patience) {
        if (last < patience) {
            return false;
        }
        double reference = history[last - patience];
        for (int i = last - patience + 1; i <= last; i++) {
            if (history[i] < reference - TOL) {
                return false;
            }
        }
        return true;
    }
}
