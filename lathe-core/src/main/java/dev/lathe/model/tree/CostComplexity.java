package dev.lathe.model.tree;

import java.util.Arrays;

/**
 * Minimal cost-complexity pruning (Breiman et al. 1984, ch. 3; as scikit-learn implements it): repeatedly
 * collapse the internal node t with the smallest effective alpha (R(t) - R(T_t)) / (|leaves(T_t)| - 1),
 * where R is the node's impurity times its share of the training weight, while that alpha is at most
 * {@code ccp_alpha}.
 */
final class CostComplexity {

    private CostComplexity() {
    }

    /** The subtree of {@code tree} pruned with {@code alpha} (the tree itself when nothing is pruned). */
    static Tree prune(Tree tree, double alpha) {
        boolean[] collapsed = new boolean[tree.nodeCount()];
        int steps = run(tree, alpha, collapsed, null, null);
        return steps == 0 ? tree : tree.collapse(collapsed);
    }

    /** The whole pruning path, from the full tree (alpha 0) to the root alone. */
    static PruningPath path(Tree tree) {
        int n = tree.nodeCount();
        double[] alphas = new double[n + 1];
        double[] impurities = new double[n + 1];
        int steps = run(tree, Double.POSITIVE_INFINITY, new boolean[n], alphas, impurities);
        return new PruningPath(Arrays.copyOf(alphas, steps + 1), Arrays.copyOf(impurities, steps + 1));
    }

    /** Prunes into {@code collapsed}; records the path when asked; returns the number of pruning steps. */
    private static int run(Tree tree, double maxAlpha, boolean[] collapsed, double[] alphas, double[] impurities) {
        int n = tree.nodeCount();
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            risk[i] = tree.impurity(i) * tree.cover(i) / tree.cover(0);
        }
        double[] branch = new double[n];
        int[] leaves = new int[n];
        boolean[] gone = new boolean[n];
        int steps = 0;
        while (true) {
            for (int i = n - 1; i >= 0; i--) {
                if (tree.isLeaf(i) || collapsed[i]) {
                    branch[i] = risk[i];
                    leaves[i] = 1;
                } else {
                    branch[i] = branch[tree.left(i)] + branch[tree.right(i)];
                    leaves[i] = leaves[tree.left(i)] + leaves[tree.right(i)];
                }
            }
            if (alphas != null && steps == 0) {
                impurities[0] = branch[0];
            }
            if (leaves[0] == 1) {
                return steps;
            }
            int weakest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!gone[i] && !collapsed[i] && !tree.isLeaf(i)) {
                    double g = (risk[i] - branch[i]) / (leaves[i] - 1);
                    if (g < best) {
                        best = g;
                        weakest = i;
                    }
                }
            }
            if (best > maxAlpha) {
                return steps;
            }
            collapsed[weakest] = true;
            markBelow(tree, weakest, gone);
            steps++;
            if (alphas != null) {
                alphas[steps] = best;
                impurities[steps] = branch[0] - branch[weakest] + risk[weakest];
            }
        }
    }

    private static void markBelow(Tree tree, int node, boolean[] gone) {
        int[] stack = new int[gone.length];
        int top = 0;
        stack[top++] = tree.left(node);
        stack[top++] = tree.right(node);
        while (top > 0) {
            int i = stack[--top];
            gone[i] = true;
            if (!tree.isLeaf(i)) {
                stack[top++] = tree.left(i);
                stack[top++] = tree.right(i);
            }
        }
    }
}
