package dev.lathe.model.semisupervised;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;

/** Checks and the fit shared by {@link LabelPropagation} and {@link LabelSpreading}. */
final class GraphSettings {

    private GraphSettings() {
    }

    static void check(GraphKernel kernel, double gamma, int nNeighbors, int maxIter, double tol) {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be rbf or knn");
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a finite number above 0, got " + gamma);
        }
        if (nNeighbors < 1) {
            throw new IllegalArgumentException("n_neighbors must be at least 1, got " + nNeighbors);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("max_iter must be at least 1, got " + maxIter);
        }
        if (!(tol >= 0) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("tol must be a finite number at least 0, got " + tol);
        }
    }

    /** Builds the graph, spreads the labels and wraps the result. */
    static GraphLabelModel fit(String type, Frame x, Column y, GraphKernel kernel, double gamma, int nNeighbors,
                               double alpha, int maxIter, double tol) {
        double[][] columns = Features.matrix(x);
        PartialLabels labels = PartialLabels.of(y);
        if (labels.codes().length != x.rowCount()) {
            throw new IllegalArgumentException("target has " + labels.codes().length + " rows, features "
                    + x.rowCount());
        }
        if (kernel == GraphKernel.KNN && nNeighbors > x.rowCount()) {
            throw new IllegalArgumentException("n_neighbors " + nNeighbors + " exceeds the " + x.rowCount()
                    + " training rows");
        }
        LabelGraph graph = kernel == GraphKernel.RBF ? LabelGraph.rbf(columns, gamma)
                : LabelGraph.knn(GraphLabelModel.search(x.names(), columns, nNeighbors), x, nNeighbors);
        if (!Double.isNaN(alpha)) {
            graph = graph.normalisedWithoutSelfLoops();
        }
        Spreading.Result r = Spreading.run(graph, labels, alpha, maxIter, tol);
        return new GraphLabelModel(type, labels.classes(), x.names(), columns, r.distributions(), kernel, gamma,
                nNeighbors, r.iterations());
    }
}
