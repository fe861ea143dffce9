package dev.lathe.model.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HDBSCAN's condensed cluster tree (Campello, Moulavi and Sander 2013; the form of McInnes, Healy and Astels'
 * hdbscan): the single-linkage hierarchy of the mutual-reachability minimum spanning tree, read from the top, where
 * a split counts only when both sides have at least {@code minClusterSize} rows; smaller sides are rows falling out
 * of their cluster at density lambda = 1 / distance. From it: cluster stabilities, the excess-of-mass selection,
 * labels and GLOSH outlier scores (Campello et al. 2015). Cluster 0 is the root.
 */
final class CondensedTree {

    private final int n;
    /** Per point: the cluster it last belonged to, and the lambda at which it fell out. */
    final int[] pointParent;
    final double[] pointLambda;
    /** Per cluster: parent (-1 for the root) and birth lambda. */
    final List<Integer> clusterParent = new ArrayList<>();
    final List<Double> clusterBirth = new ArrayList<>();
    /** Per point: the merge distance at which it becomes a singleton in the single-linkage hierarchy. */
    private final double[] singletonHeight;
    /** Per cluster: the smallest merge distance among the hierarchy nodes that belong to it. */
    private final List<Double> minHeight = new ArrayList<>();

    /** The tree of the minimum spanning tree with edges {@code (edgeA[e], edgeB[e], weight[e])}, in any order. */
    CondensedTree(int n, int[] edgeA, int[] edgeB, double[] weight, int minClusterSize) {
        this.n = n;
        pointParent = new int[n];
        pointLambda = new double[n];
        singletonHeight = new double[n];
        int m = n - 1;
        Integer[] order = new Integer[m];
        for (int e = 0; e < m; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (p, q) -> Double.compare(weight[p], weight[q]));
        int nodes = 2 * n - 1;
        int[] left = new int[nodes];
        int[] right = new int[nodes];
        double[] height = new double[nodes];
        int[] size = new int[nodes];
        Arrays.fill(size, 0, n, 1);
        int[] find = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            find[v] = v;
        }
        int next = n;
        for (int e : order) {
            int a = root(find, edgeA[e]);
            int b = root(find, edgeB[e]);
            left[next] = a;
            right[next] = b;
            if (a < n) {
                singletonHeight[a] = weight[e];
            }
            if (b < n) {
                singletonHeight[b] = weight[e];
            }
            height[next] = weight[e];
            size[next] = size[a] + size[b];
            find[a] = next;
            find[b] = next;
            next++;
        }
        int[] label = new int[nodes];
        clusterParent.add(-1);
        clusterBirth.add(0.0);
        minHeight.add(Double.POSITIVE_INFINITY);
        label[nodes - 1] = 0;
        int[] stack = new int[nodes];
        int top = 0;
        stack[top++] = nodes - 1;
        while (top > 0) {
            int node = stack[--top];
            if (node < n) {
                continue;
            }
            double lambda = height[node] > 0 ? 1 / height[node] : Double.POSITIVE_INFINITY;
            int l = left[node];
            int r = right[node];
            boolean bigL = size[l] >= minClusterSize;
            boolean bigR = size[r] >= minClusterSize;
            int here = label[node];
            minHeight.set(here, Math.min(minHeight.get(here), height[node]));
            if (bigL && bigR) {
                for (int child : new int[] {l, r}) {
                    label[child] = clusterParent.size();
                    clusterParent.add(here);
                    clusterBirth.add(lambda);
                    minHeight.add(Double.POSITIVE_INFINITY);
                    stack[top++] = child;
                }
            } else {
                for (int child : new int[] {l, r}) {
                    if (size[child] >= minClusterSize) {
                        label[child] = here;
                        stack[top++] = child;
                    } else {
                        fallOut(child, here, lambda, left, right, height);
                    }
                }
            }
        }
    }

    private static int root(int[] find, int v) {
        while (find[v] != v) {
            find[v] = find[find[v]];
            v = find[v];
        }
        return v;
    }

    private void fallOut(int node, int cluster, double lambda, int[] left, int[] right, double[] height) {
        List<Integer> pending = new ArrayList<>(List.of(node));
        while (!pending.isEmpty()) {
            int v = pending.remove(pending.size() - 1);
            if (v < n) {
                pointParent[v] = cluster;
                pointLambda[v] = lambda;
            } else {
                minHeight.set(cluster, Math.min(minHeight.get(cluster), height[v]));
                pending.add(left[v]);
                pending.add(right[v]);
            }
        }
    }

    int clusters() {
        return clusterParent.size();
    }

    /**
     * The excess-of-mass selection: a cluster is kept when its stability is at least the summed stability of the
     * kept clusters below it; the root is never kept. Returns, per cluster, whether it is selected.
     */
    boolean[] select() {
        int k = clusters();
        double[] stability = new double[k];
        for (int p = 0; p < n; p++) {
            int c = pointParent[p];
            stability[c] += finite(pointLambda[p]) - clusterBirth.get(c);
        }
        for (int c = 1; c < k; c++) {
            int parent = clusterParent.get(c);
            stability[parent] += (clusterBirth.get(c) - clusterBirth.get(parent)) * subtreeSize(c);
        }
        boolean[] selected = new boolean[k];
        double[] best = stability.clone();
        double[] childSum = new double[k];
        boolean[] hasChild = new boolean[k];
        for (int c = k - 1; c >= 1; c--) {
            if (hasChild[c] && childSum[c] > stability[c]) {
                best[c] = childSum[c];
            } else {
                best[c] = stability[c];
                selected[c] = true;
                deselectBelow(c, selected);
            }
            int parent = clusterParent.get(c);
            childSum[parent] += best[c];
            hasChild[parent] = true;
        }
        return selected;
    }

    private int subtreeSize(int c) {
        int count = 0;
        for (int p = 0; p < n; p++) {
            if (isBelow(pointParent[p], c)) {
                count++;
            }
        }
        return count;
    }

    private boolean isBelow(int cluster, int ancestor) {
        for (int c = cluster; c >= 0; c = clusterParent.get(c)) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void deselectBelow(int c, boolean[] selected) {
        for (int d = c + 1; d < clusters(); d++) {
            if (isBelow(d, c)) {
                selected[d] = false;
            }
        }
    }

    private static double finite(double lambda) {
        return Double.isInfinite(lambda) ? Double.MAX_VALUE : lambda;
    }

    /** Labels 0, 1, ... in the order of the selected clusters' numbers; -1 for rows in no selected cluster. */
    int[] labels(boolean[] selected) {
        int[] number = new int[clusters()];
        Arrays.fill(number, -1);
        int next = 0;
        for (int c = 0; c < clusters(); c++) {
            if (selected[c]) {
                number[c] = next++;
            }
        }
        int[] out = new int[n];
        for (int p = 0; p < n; p++) {
            out[p] = -1;
            for (int c = pointParent[p]; c >= 0; c = clusterParent.get(c)) {
                if (selected[c]) {
                    out[p] = number[c];
                    break;
                }
            }
        }
        return out;
    }

    /**
     * GLOSH outlier scores (Campello et al. 2015) as R's dbscan package computes them: 1 - eps_max / eps(x), eps(x)
     * the merge distance at which row x becomes a singleton in the single-linkage hierarchy and eps_max the
     * smallest merge distance inside the leaf clusters at or below x's cluster (where its densest rows hold
     * together); 0 for a row whose eps(x) is 0 (duplicates).
     */
    double[] glosh() {
        int k = clusters();
        boolean[] hasChild = new boolean[k];
        for (int c = 1; c < k; c++) {
            hasChild[clusterParent.get(c)] = true;
        }
        double[] epsMax = new double[k];
        java.util.Arrays.fill(epsMax, Double.POSITIVE_INFINITY);
        for (int c = k - 1; c >= 0; c--) {
            if (!hasChild[c]) {
                epsMax[c] = minHeight.get(c);
            }
            if (c > 0) {
                int parent = clusterParent.get(c);
                epsMax[parent] = Math.min(epsMax[parent], epsMax[c]);
            }
        }
        double[] out = new double[n];
        for (int p = 0; p < n; p++) {
            double eps = singletonHeight[p];
            out[p] = eps > 0 ? 1 - epsMax[pointParent[p]] / eps : 0;
        }
        return out;
    }
}
