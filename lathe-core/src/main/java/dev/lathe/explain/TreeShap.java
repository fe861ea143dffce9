package dev.lathe.explain;

import dev.lathe.frame.Frame;
import dev.lathe.model.Model;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.parallel.Chunks;
import java.util.Arrays;
import java.util.List;

/**
 * Exact SHAP values of tree models (decision trees, random forests, extra trees, gradient boosting) computed
 * from their trees, in polynomial time. Two games are on offer:
 * <ul>
 *   <li>{@link #explain(Frame)}, path-dependent (Lundberg et al. 2018): an absent feature is integrated out
 *       along the tree, each branch weighed by its share of the training cover; no background data needed.
 *       The expected value is the cover-weighted mean output.</li>
 *   <li>{@link #explain(Frame, Background)}, interventional: an absent feature takes the values of background
 *       rows; the expected value is the mean output over the background. These are the Shapley values
 *       Kernel SHAP estimates with the same background, computed exactly.</li>
 * </ul>
 * Values explain the model's raw output on its {@link #scale()}: the prediction for regression, the
 * probability for tree and forest classifiers, the log-odds (two classes) or raw class scores for gradient
 * boosting classifiers. Rows are explained in parallel in fixed chunks; results do not depend on threads.
 */
public final class TreeShap {

    private static final int CHUNK = 64;

    private final TreeExplainable model;
    private final AdditiveTrees additive;
    private final CompiledTrees trees;

    private TreeShap(TreeExplainable model) {
        this.model = model;
        this.additive = model.additiveTrees();
        this.trees = new CompiledTrees(additive);
    }

    /**
     * The explainer of {@code model}; a model that is not made of trees (it does not implement
     * {@link TreeExplainable}) is refused with a message pointing to the model-agnostic explainers.
     */
    public static TreeShap of(Model model) {
        if (!(model instanceof TreeExplainable t)) {
            throw new IllegalArgumentException("TreeSHAP needs a tree model (decision tree, random forest, extra trees "
                    + "or gradient boosting); '" + (model == null ? "null" : model.stepType())
                    + "' is not one: explain it with Kernel SHAP or permutation SHAP");
        }
        return new TreeShap(t);
    }

    /** The features the trees read, in SHAP value order. */
    public List<String> features() {
        return additive.features();
    }

    /** The explained outputs' names. */
    public List<String> outputs() {
        return additive.outputs();
    }

    /** What the explained outputs are (e.g. "log-odds"). */
    public String scale() {
        return model.explainedScale();
    }

    /** {@code result[k][i]}: output k of row i of {@code x}, on the explained {@link #scale()}. */
    public double[][] predict(Frame x) {
        double[][] columns = model.treeInputs(x);
        int n = x.rowCount();
        double[][] out = new double[trees.outputs][n];
        double[] row = new double[trees.features];
        double[] o = new double[trees.outputs];
        for (int i = 0; i < n; i++) {
            read(columns, i, row);
            Arrays.fill(o, 0);
            trees.addOutputs(row, o);
            for (int k = 0; k < o.length; k++) {
                out[k][i] = o[k];
            }
        }
        return out;
    }

    /** Path-dependent TreeSHAP values of every row of {@code x} (which holds at least the model's features). */
    public Explanation explain(Frame x) {
        double[][] columns = model.treeInputs(x);
        int n = x.rowCount();
        int p = trees.features;
        double[][][] values = new double[trees.outputs][n][p];
        Chunks.run((n + CHUNK - 1) / CHUNK, c -> {
            PathDependentShap shap = new PathDependentShap(trees);
            double[] row = new double[p];
            double[] phi = new double[trees.outputs * p];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                read(columns, i, row);
                Arrays.fill(phi, 0);
                shap.add(row, phi, -1, 0);
                store(phi, values, i);
            }
        });
        return explanation("tree_path_dependent", trees.expected(), values, x);
    }

    /**
     * Interventional TreeSHAP values of every row of {@code x} against {@code background}: exact Shapley values
     * of {@code v(S) = sum_b w_b f(x_S, b_rest)}. Costs one walk per row, background row and tree.
     */
    public Explanation explain(Frame x, Background background) {
        double[][] columns = model.treeInputs(x);
        double[][] back = model.treeInputs(background.rows());
        double[] w = background.weights();
        int n = x.rowCount();
        int p = trees.features;
        double[][] backRows = new double[w.length][p];
        double[] expected = new double[trees.outputs];
        for (int b = 0; b < w.length; b++) {
            read(back, b, backRows[b]);
            double[] o = new double[trees.outputs];
            trees.addOutputs(backRows[b], o);
            for (int k = 0; k < o.length; k++) {
                expected[k] += w[b] * o[k];
            }
        }
        double[][][] values = new double[trees.outputs][n][p];
        Chunks.run((n + CHUNK - 1) / CHUNK, c -> {
            InterventionalShap shap = new InterventionalShap(trees);
            double[] row = new double[p];
            double[] phi = new double[trees.outputs * p];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                read(columns, i, row);
                Arrays.fill(phi, 0);
                for (int b = 0; b < w.length; b++) {
                    shap.add(row, backRows[b], w[b], phi);
                }
                store(phi, values, i);
            }
        });
        return explanation("tree_interventional", expected, values, x);
    }

    /**
     * Path-dependent SHAP interaction values of every row of {@code x} (Lundberg et al. 2018, section 4):
     * for features i != j, half the difference between feature i's SHAP value with j held present and with j
     * held absent; the diagonal holds what is left of each feature's SHAP value, so that row i of the matrix
     * sums to feature i's SHAP value and the whole matrix to the output minus the expected value. Costs about
     * 2 x features + 1 TreeSHAP runs per row.
     */
    public Interactions interactions(Frame x) {
        double[][] columns = model.treeInputs(x);
        int n = x.rowCount();
        int p = trees.features;
        int outputs = trees.outputs;
        boolean[] used = new boolean[p];
        for (int node = 0; node < trees.feature.length; node++) {
            if (!trees.leaf(node)) {
                used[trees.feature[node]] = true;
            }
        }
        double[][][][] values = new double[outputs][n][p][p];
        Chunks.run((n + CHUNK - 1) / CHUNK, c -> {
            PathDependentShap shap = new PathDependentShap(trees);
            double[] row = new double[p];
            double[] phi = new double[outputs * p];
            double[] on = new double[outputs * p];
            double[] off = new double[outputs * p];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                read(columns, i, row);
                Arrays.fill(phi, 0);
                shap.add(row, phi, -1, 0);
                for (int j = 0; j < p; j++) {
                    if (!used[j]) {
                        continue;
                    }
                    Arrays.fill(on, 0);
                    Arrays.fill(off, 0);
                    shap.add(row, on, j, 1);
                    shap.add(row, off, j, -1);
                    for (int k = 0; k < outputs; k++) {
                        double[][] m = values[k][i];
                        for (int f = 0; f < p; f++) {
                            if (f != j) {
                                m[f][j] = (on[k * p + f] - off[k * p + f]) / 2;
                            }
                        }
                    }
                }
                for (int k = 0; k < outputs; k++) {
                    double[][] m = values[k][i];
                    for (int f = 0; f < p; f++) {
                        double rest = 0;
                        for (int j = 0; j < p; j++) {
                            rest += j == f ? 0 : m[f][j];
                        }
                        m[f][f] = phi[k * p + f] - rest;
                    }
                }
            }
        });
        return new Interactions(additive.outputs(), additive.features(), trees.expected(), predict(x), values);
    }

    private Explanation explanation(String method, double[] expected, double[][][] values, Frame x) {
        return new Explanation(method, scale(), additive.outputs(), additive.features(), expected, predict(x), values,
                x.select(additive.features()));
    }

    private static void read(double[][] columns, int i, double[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] = columns[j][i];
        }
    }

    private static void store(double[] phi, double[][][] values, int i) {
        int p = values[0][i].length;
        for (int k = 0; k < values.length; k++) {
            System.arraycopy(phi, k * p, values[k][i], 0, p);
        }
    }
}
