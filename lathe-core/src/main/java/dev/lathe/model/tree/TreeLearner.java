package dev.lathe.model.tree;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.SampleWeights;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.prep.balance.ClassWeights;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One training set prepared once for growing any number of trees on it: features read (missing values
 * kept) and binned, the target checked and encoded, sample and class weights applied. Decision trees grow
 * one tree from it; forests grow many, each with its own row weights (bootstrap counts) and seed.
 */
public final class TreeLearner {

    private final Binned x;
    private final List<String> names;
    private final Criterion criterion;
    private final List<String> classes;
    private final int[] codes;
    private final double[] y;
    private final double[] weights;
    private final int[] byTarget;

    private TreeLearner(Binned x, List<String> names, Criterion criterion, List<String> classes, int[] codes,
                        double[] y, double[] weights) {
        this.byTarget = criterion == Criterion.ABSOLUTE_ERROR ? WeightedMedians.order(y) : null;
        this.x = x;
        this.names = names;
        this.criterion = criterion;
        this.classes = classes;
        this.codes = codes;
        this.y = y;
        this.weights = weights;
    }

    /**
     * A classification problem.
     *
     * @param x             numeric features; missing values allowed, infinite ones refused
     * @param y             class labels, at least two distinct, none missing
     * @param sampleWeights one non-negative weight per row, or null for equal weights
     * @param classWeight   null; {@code balanced} to weigh every class the same in total; or a map from class
     *                      label to weight, as checked by {@link #checkClassWeight}
     * @param criterion     a classification criterion
     * @param maxBins       bins per feature for histogram splitting, or 0 for exact splits
     */
    public static TreeLearner classification(Frame x, Column y, double[] sampleWeights, Object classWeight,
                                             Criterion criterion, int maxBins) {
        double[][] columns = Features.matrixWithMissing(x);
        Targets.Encoded t = Targets.classes(y);
        double[] w = weights(sampleWeights, x.rowCount());
        if (classWeight instanceof Map<?, ?> perClass) {
            double[] byCode = PerClassWeights.byCode(PerClassWeights.check(perClass), t.classes(), y.name());
            for (int i = 0; i < w.length; i++) {
                w[i] *= byCode[t.codes()[i]];
            }
        } else if (classWeight != null) {
            double[] balanced = ClassWeights.balanced(y);
            for (int i = 0; i < w.length; i++) {
                w[i] *= balanced[i];
            }
        }
        return new TreeLearner(Binned.of(columns, maxBins), x.names(), criterion, t.classes(), t.codes(), null, w);
    }

    /**
     * A regression problem (arguments as {@link #classification}); the Poisson criterion needs a
     * non-negative target with a positive sum.
     */
    public static TreeLearner regression(Frame x, Column y, double[] sampleWeights, Criterion criterion, int maxBins) {
        double[][] columns = Features.matrixWithMissing(x);
        double[] target = Targets.numeric(y);
        if (criterion == Criterion.POISSON) {
            for (int i = 0; i < target.length; i++) {
                if (target[i] < 0) {
                    throw new IllegalArgumentException("target '" + y.name() + "' has the negative value "
                            + target[i] + " in row " + (i + 1) + "; the poisson criterion needs values at least 0");
                }
            }
            if (Arrays.stream(target).sum() <= 0) {
                throw new IllegalArgumentException("target '" + y.name() + "' sums to 0; the poisson criterion "
                        + "needs a positive sum");
            }
        }
        return new TreeLearner(Binned.of(columns, maxBins), x.names(), criterion, null, null, target,
                weights(sampleWeights, x.rowCount()));
    }

    private static double[] weights(double[] sampleWeights, int rows) {
        if (sampleWeights == null) {
            double[] w = new double[rows];
            Arrays.fill(w, 1.0);
            return w;
        }
        return SampleWeights.check(sampleWeights, rows);
    }

    /**
     * Checks a {@code class_weight} setting: null, {@code balanced}, for forests {@code balanced_subsample},
     * or a map from class label to a finite non-negative weight (scikit-learn's dict form; classes it does
     * not name weigh 1). Returns the setting normalised: a lower-case name, or an unmodifiable map sorted by
     * label with the labels as text and the weights as {@code Double}.
     */
    public static Object checkClassWeight(Object classWeight, boolean forest) {
        if (classWeight == null) {
            return null;
        }
        if (classWeight instanceof Map<?, ?> perClass) {
            return PerClassWeights.check(perClass);
        }
        String s = classWeight.toString().trim().toLowerCase(Locale.ROOT);
        if (classWeight instanceof String && (s.equals("balanced") || forest && s.equals("balanced_subsample"))) {
            return s;
        }
        throw new IllegalArgumentException("class_weight must be " + (forest ? "balanced, balanced_subsample" : "balanced")
                + ", a map from class label to weight, or empty, got '" + classWeight + "'");
    }

    /** Number of training rows. */
    public int rows() {
        return weights.length;
    }

    /** The task. */
    public Task task() {
        return criterion.task();
    }

    /** Sorted class labels (classification only). */
    public List<String> classes() {
        return classes;
    }

    /** The feature names. */
    public List<String> featureNames() {
        return names;
    }

    /** Class code per row (classification); a copy. */
    public int[] classCodes() {
        return codes.clone();
    }

    /** Target per row (regression); a copy. */
    public double[] target() {
        return y.clone();
    }

    /** The row weights (sample weights times class weights); a copy. */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * Grows one tree.
     *
     * @param rowWeights weight of each row for this tree (0 leaves it out); null for {@link #weights()}
     * @param growth     the growth limits
     * @param randomCuts one random threshold per feature (extra trees) instead of the best
     * @param seed       this tree's seed (features drawn per split, random thresholds)
     */
    public Tree grow(double[] rowWeights, Growth growth, boolean randomCuts, long seed) {
        double[] w = rowWeights == null ? weights : rowWeights;
        TrainingData data = criterion.task() == Task.CLASSIFICATION
                ? TrainingData.classification(x, names, codes, classes.size(), w, criterion)
                : TrainingData.regression(x, names, y, w, criterion, byTarget);
        return new Grower(data, growth, randomCuts, new SplittableRandom(seed)).grow();
    }

    /** {@code tree} pruned by minimal cost-complexity with {@code alpha} (itself when alpha is 0). */
    public static Tree prune(Tree tree, double alpha) {
        return alpha > 0 ? CostComplexity.prune(tree, alpha) : tree;
    }

    /** The cost-complexity pruning path of {@code tree}. */
    public static PruningPath pruningPath(Tree tree) {
        return CostComplexity.path(tree);
    }
}
