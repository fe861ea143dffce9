package dev.lathe.model.semisupervised;

import dev.lathe.frame.Frame;
import dev.lathe.model.neighbors.NeighborSearch;
import dev.lathe.parallel.Parallelism;

/**
 * A weighted graph over the training rows, row by row: {@code index[i]} are row i's neighbours (null for
 * a dense row over all rows) and {@code weight[i]} their weights.
 */
record LabelGraph(int[][] index, double[][] weight) {

    /** The dense RBF graph of the rows of {@code columns} ({@code columns[j][i]}). */
    static LabelGraph rbf(double[][] columns, double gamma) {
        int n = columns[0].length;
        double[][] w = new double[n][n];
        Parallelism.forEachIndex(n, i -> {
            for (int j = 0; j < n; j++) {
                w[i][j] = Math.exp(-gamma * squaredDistance(columns, i, columns, j));
            }
        });
        return new LabelGraph(new int[n][], w);
    }

    /** The kNN connectivity graph: each training row of {@code x} to its k nearest rows, itself included. */
    static LabelGraph knn(NeighborSearch search, Frame x, int k) {
        int[][] neighbours = search.query(x, k).indices();
        double[][] w = new double[neighbours.length][k];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 1);
        }
        return new LabelGraph(neighbours, w);
    }

    /** {@code sum over d of (a[d][i] - b[d][j])^2}. */
    static double squaredDistance(double[][] a, int i, double[][] b, int j) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = a[d][i] - b[d][j];
            s += diff * diff;
        }
        return s;
    }

    int rows() {
        return weight.length;
    }

    /** {@code W F}: row i is the weighted sum of its neighbours' rows of {@code f}. */
    double[][] times(double[][] f) {
        int n = rows();
        int k = f[0].length;
        double[][] out = new double[n][k];
        Parallelism.forEachIndex(n, i -> {
            double[] w = weight[i];
            int[] idx = index[i];
            double[] o = out[i];
            for (int m = 0; m < w.length; m++) {
                double[] src = f[idx == null ? m : idx[m]];
                for (int c = 0; c < k; c++) {
                    o[c] += w[m] * src[c];
                }
            }
        });
        return out;
    }

    /**
     * The label-spreading operator {@code D^-1/2 W' D^-1/2}, where W' is this graph without self-loops and
     * D holds its column sums (in-degrees, as scipy's {@code csgraph.laplacian(normed=True)}; a row with
     * none counts 1).
     */
    LabelGraph normalisedWithoutSelfLoops() {
        int n = rows();
        double[] degree = new double[n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < weight[i].length; m++) {
                int j = index[i] == null ? m : index[i][m];
                if (j != i) {
                    degree[j] += weight[i][m];
                }
            }
        }
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            scale[j] = degree[j] == 0 ? 1 : 1 / Math.sqrt(degree[j]);
        }
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = new double[weight[i].length];
            for (int m = 0; m < w[i].length; m++) {
                int j = index[i] == null ? m : index[i][m];
                w[i][m] = j == i ? 0 : weight[i][m] * scale[i] * scale[j];
            }
        }
        return new LabelGraph(index, w);
    }
}
