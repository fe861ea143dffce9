package dev.lathe.model.ensemble;

import dev.lathe.math.Shuffle;
import dev.lathe.parallel.Parallelism;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The boosting loop shared by the regressor and the classifier. Features are binned once (one byte per
 * cell); each iteration computes gradients, grows K trees on a row sample and a feature sample, and
 * updates the raw scores of training rows from the tree's leaf ranges (the other rows from the bins).
 * With early stopping a seeded share of the rows is held out, and fitting stops once the held-out loss
 * has not improved by more than {@code tol} for {@code n_iter_no_change} iterations; the held-out rows can
 * also be given (validation data), and the loss after every iteration is kept with the model.
 */
final class Booster {

    private static final int CHUNK = 16_384;

    private Booster() {
    }

    /**
     * Fits on column-major {@code x} (NaN = missing) read by {@code features} and targets {@code y}, with
     * per-row weights {@code w} (null for unit weights); with early stopping a seeded share
     * {@code validation_fraction} of the rows is held out to validate on.
     */
    static TreeEnsemble fit(BoostingFeatures features, double[][] x, double[] y, double[] w, Objective objective,
                            BoostingSettings s) {
        int n = y.length;
        SplittableRandom random = new SplittableRandom(s.randomState());
        if (!s.earlyStopping()) {
            int[] train = new int[n];
            Arrays.setAll(train, i -> i);
            return run(features, x, y, w, objective, s, random, train, new int[0]);
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Shuffle.inPlace(order, random.split());
        int held = (int) Math.round(n * s.validationFraction());
        if (held < 1 || held >= n) {
            throw new IllegalArgumentException("early stopping with validation_fraction " + s.validationFraction()
                    + " leaves no rows to " + (held < 1 ? "validate on" : "train on") + " among " + n);
        }
        int[] valid = Arrays.copyOf(order, held);
        int[] train = Arrays.copyOfRange(order, held, n);
        Arrays.sort(valid);
        Arrays.sort(train);
        return run(features, x, y, w, objective, s, random, train, valid);
    }

    /**
     * Fits on {@code x, y, w} (as {@link #fit}) and stops early on the given validation rows {@code xv, yv}
     * (unit weights), whatever {@code early_stopping} says.
     */
    static TreeEnsemble fit(BoostingFeatures features, double[][] x, double[] y, double[] w, double[][] xv,
                            double[] yv, Objective objective, BoostingSettings s) {
        int n = y.length;
        int m = yv.length;
        double[][] all = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            all[j] = Arrays.copyOf(x[j], n + m);
            System.arraycopy(xv[j], 0, all[j], n, m);
        }
        double[] ally = Arrays.copyOf(y, n + m);
        System.arraycopy(yv, 0, ally, n, m);
        double[] allw = null;
        if (w != null) {
            allw = Arrays.copyOf(w, n + m);
            Arrays.fill(allw, n, n + m, 1.0);
        }
        int[] train = new int[n];
        Arrays.setAll(train, i -> i);
        int[] valid = new int[m];
        Arrays.setAll(valid, i -> n + i);
        return run(features, all, ally, allw, objective, s, new SplittableRandom(s.randomState()), train, valid);
    }

    /** The boosting loop on rows {@code train}, stopping early on rows {@code valid} when there are any. */
    private static TreeEnsemble run(BoostingFeatures features, double[][] x, double[] y, double[] w,
                                    Objective objective, BoostingSettings s, SplittableRandom random, int[] train,
                                    int[] valid) {
        int n = y.length;
        List<String> names = features.names();
        boolean stopping = valid.length > 0;
        int[] levels = new int[x.length];
        for (int j = 0; j < levels.length; j++) {
            levels[j] = features.levels(j) == null ? -1 : features.levels(j).size();
        }
        BinMapper mapper = BinMapper.fit(x, train, s.maxBins(), random.nextLong(), levels);
        byte[][] bins = mapper.bin(x);
        TreeGrower grower = new TreeGrower(bins, mapper, names, s, monotone(features, s.monotonicCst()));
        int k = objective.outputs();
        double[] base = objective.baseScores(y, w, train);
        double[][] raw = new double[k][n];
        for (int o = 0; o < k; o++) {
            Arrays.fill(raw[o], base[o]);
        }
        objective.start(raw);
        double[][] g = new double[k][n];
        double[][] h = new double[k][n];
        int[] sampled = new int[train.length];
        int[] others = new int[n];
        int[] work = new int[train.length];
        boolean[] used = new boolean[x.length];
        List<BoostedTree> trees = new ArrayList<>();
        double[] history = new double[s.maxIter() + 1];
        if (stopping) {
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
                int output = o;
                TreeGrower.ScoreUpdate scores = (rows, from, to, v) -> objective.add(raw, output, rows, from, to, v);
                grower.addToGrownRows(scores);
                grower.addToOtherRows(others, 0, otherCount, scores);
            }
            if (stopping) {
                history[it + 1] = objective.meanLoss(y, w, raw, valid);
                if (shouldStop(history, it + 1, s.nIterNoChange(), s.tol())) {
                    break;
                }
            }
        }
        int fitted = trees.size() / k;
        return new TreeEnsemble(features, base, trees, stopping ? Arrays.copyOf(history, fitted + 1) : new double[0]);
    }

    /** Each feature's constraint from {@code monotonic_cst} by name; unknown and categorical names are refused. */
    private static int[] monotone(BoostingFeatures features, Map<String, Integer> constraints) {
        List<String> names = features.names();
        int[] out = new int[names.size()];
        for (Map.Entry<String, Integer> e : constraints.entrySet()) {
            int j = names.indexOf(e.getKey());
            if (j < 0) {
                throw new IllegalArgumentException("monotonic_cst names '" + e.getKey()
                        + "', which is not a feature column; columns: " + names);
            }
            if (features.levels(j) != null && e.getValue() != 0) {
                throw new IllegalArgumentException("monotonic_cst constrains '" + e.getKey()
                        + "', which is categorical; categorical features cannot be monotonic");
            }
            out[j] = e.getValue();
        }
        return out;
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
     * {@code tol}, as scikit-learn's early stopping on the loss.
     */
    private static boolean shouldStop(double[] history, int last, int patience, double tol) {
        if (last < patience) {
            return false;
        }
        double reference = history[last - patience];
        for (int i = last - patience + 1; i <= last; i++) {
            if (history[i] < reference - tol) {
                return false;
            }
        }
        return true;
    }
}
