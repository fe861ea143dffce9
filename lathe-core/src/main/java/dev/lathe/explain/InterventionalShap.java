package dev.lathe.explain;

/**
 * Exact interventional TreeSHAP against one background row (Lundberg et al. 2020, "From local explanations
 * to global understanding with explainable AI for trees", Methods): the game is {@code v(S) = f(x_S, z_rest)}
 * for an explained row x and a background row z. Walking both rows down a tree together, a split where they
 * part puts its feature on the side of x (in S) or of z (out of S); a leaf reached with features A on the side
 * of x and B on the side of z is the tree's output exactly for the coalitions holding A and none of B, so
 * each feature of A gets {@code v (|A|-1)! |B|! / (|A|+|B|)!} and each of B minus
 * {@code v |A|! (|B|-1)! / (|A|+|B|)!}. A feature met twice on a path keeps the side it took first.
 *
 * <p>An instance is a workspace for one thread.
 */
final class InterventionalShap {

    private final CompiledTrees trees;
    private final double[][] weight;
    private final byte[] side;
    private final int[] onX;
    private final int[] onZ;
    private double[] x;
    private double[] z;
    private double[] phi;
    private double scale;
    private int tree;

    InterventionalShap(CompiledTrees trees) {
        this.trees = trees;
        int d = trees.maxDepth + 1;
        weight = new double[d + 1][d + 1];
        for (int a = 0; a <= d; a++) {
            for (int b = 0; a + b <= d; b++) {
                // a! b! / (a + b + 1)!, built as a product of small ratios
                double w = 1.0 / (a + b + 1);
                for (int i = 1; i <= b; i++) {
                    w *= (double) i / (a + i);
                }
                weight[a][b] = w;
            }
        }
        side = new byte[trees.features];
        onX = new int[d];
        onZ = new int[d];
    }

    /**
     * Adds {@code scale} times the SHAP values of {@code x} against background row {@code z} to
     * {@code phi[k * features + j]}.
     */
    void add(double[] x, double[] z, double scale, double[] phi) {
        this.x = x;
        this.z = z;
        this.phi = phi;
        this.scale = scale;
        for (int t = 0; t < trees.trees(); t++) {
            tree = t;
            walk(trees.root[t], 0, 0);
        }
    }

    private void walk(int node, int a, int b) {
        if (trees.leaf(node)) {
            addLeaf(node, a, b);
            return;
        }
        int f = trees.feature[node];
        if (side[f] == 1) {
            walk(trees.child(node, x[f]), a, b);
            return;
        }
        if (side[f] == 2) {
            walk(trees.child(node, z[f]), a, b);
            return;
        }
        int toX = trees.child(node, x[f]);
        int toZ = trees.child(node, z[f]);
        if (toX == toZ) {
            walk(toX, a, b);
            return;
        }
        side[f] = 1;
        onX[a] = f;
        walk(toX, a + 1, b);
        side[f] = 2;
        onZ[b] = f;
        walk(toZ, a, b + 1);
        side[f] = 0;
    }

    private void addLeaf(int node, int a, int b) {
        if (a + b == 0) {
            return;
        }
        int at = trees.valueAt[node];
        int width = trees.width[tree];
        int first = trees.firstOutput[tree];
        int p = trees.features;
        double plus = a > 0 ? scale * weight[a - 1][b] : 0;
        double minus = b > 0 ? scale * weight[a][b - 1] : 0;
        for (int k = 0; k < width; k++) {
            double v = trees.values[at + k];
            int o = (first + k) * p;
            for (int i = 0; i < a; i++) {
                phi[o + onX[i]] += plus * v;
            }
            for (int i = 0; i < b; i++) {
                phi[o + onZ[i]] -= minus * v;
            }
        }
    }
}
