package dev.lathe.model.ensemble;

import dev.lathe.model.tree.Growth;
import dev.lathe.model.tree.Tree;
import dev.lathe.model.tree.TreeLearner;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows a forest's trees in parallel. Tree t's seed is the t-th number drawn from {@code random_state},
 * before any tree starts, and it alone drives the tree's bootstrap sample, feature draws and thresholds,
 * so the forest is the same whatever the number of threads.
 */
final class ForestGrower {

    private record Planted(Tree tree, double[] weights) {
    }

    private ForestGrower() {
    }

    /**
     * @param learner           the prepared training set
     * @param growth            each tree's limits
     * @param randomCuts        extra trees (one random threshold per feature) instead of best cuts
     * @param ccpAlpha          cost-complexity pruning of each tree (0 for none)
     * @param bagging           sampling settings
     * @param balanceSubsample  reweigh classes to balance within each bootstrap sample (bootstrap only)
     * @param keepRowWeights    keep each tree's row weights (for out-of-bag predictions or leaf targets)
     */
    static Grown grow(TreeLearner learner, Growth growth, boolean randomCuts, double ccpAlpha, Bagging bagging,
                      boolean balanceSubsample, boolean keepRowWeights) {
        int n = learner.rows();
        double[] base = learner.weights();
        int[] codes = balanceSubsample ? learner.classCodes() : null;
        int classes = balanceSubsample ? learner.classes().size() : 0;
        SplittableRandom master = new SplittableRandom(bagging.randomState());
        long[] seeds = new long[bagging.nEstimators()];
        for (int t = 0; t < seeds.length; t++) {
            seeds[t] = master.nextLong();
        }
        int sampleSize = bagging.maxSamples() == null ? n : Math.max(1, (int) Math.round(bagging.maxSamples() * n));
        List<Planted> results = ParallelTrees.map(seeds.length, t -> {
            SplittableRandom random = new SplittableRandom(seeds[t]);
            double[] w = base;
            if (bagging.bootstrap()) {
                int[] counts = new int[n];
                for (int k = 0; k < sampleSize; k++) {
                    counts[random.nextInt(n)]++;
                }
                w = new double[n];
                double[] classWeight = balanceSubsample ? subsampleWeights(codes, classes, counts, sampleSize) : null;
                for (int i = 0; i < n; i++) {
                    w[i] = counts[i] == 0 ? 0 : base[i] * counts[i] * (classWeight == null ? 1 : classWeight[codes[i]]);
                }
            }
            Tree tree = TreeLearner.prune(learner.grow(w, growth, randomCuts, random.nextLong()), ccpAlpha);
            return new Planted(tree, keepRowWeights ? w : null);
        });
        List<Tree> trees = new ArrayList<>(results.size());
        List<double[]> weights = keepRowWeights ? new ArrayList<>(results.size()) : null;
        for (Planted r : results) {
            trees.add(r.tree());
            if (weights != null) {
                weights.add(r.weights());
            }
        }
        return new Grown(List.copyOf(trees), weights);
    }

    /** scikit-learn's "balanced" class weights computed on one sample: size / (classes present * class count). */
    private static double[] subsampleWeights(int[] codes, int classes, int[] counts, int size) {
        double[] perClass = new double[classes];
        for (int i = 0; i < codes.length; i++) {
            perClass[codes[i]] += counts[i];
        }
        int present = 0;
        for (double c : perClass) {
            present += c > 0 ? 1 : 0;
        }
        double[] out = new double[classes];
        for (int k = 0; k < classes; k++) {
            out[k] = perClass[k] > 0 ? size / (present * perClass[k]) : 0;
        }
        return out;
    }
}
