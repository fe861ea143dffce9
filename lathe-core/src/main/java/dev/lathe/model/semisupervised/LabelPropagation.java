package dev.lathe.model.semisupervised;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.SemiSupervised;
import dev.lathe.model.Task;

/**
 * Label propagation (Zhu and Ghahramani 2002), as scikit-learn's LabelPropagation: labels flow along a
 * similarity graph of all rows, labelled rows keep their labels (hard clamping). Rows whose target is
 * missing are the unlabelled ones; the fitted model labels them ({@link GraphLabelModel#transduction()})
 * and new rows.
 *
 * @param kernel     {@code rbf} (default) or {@code knn}, see {@link GraphKernel}
 * @param gamma      RBF width, above 0 (default 20; scale the features first)
 * @param nNeighbors kNN neighbours, itself included, at least 1 (default 7)
 * @param maxIter    most iterations, at least 1 (default 1000)
 * @param tol        stop when the summed absolute change of the label distributions is below this, at
 *                   least 0 (default 1e-3)
 */
public record LabelPropagation(GraphKernel kernel, double gamma, int nNeighbors, int maxIter, double tol)
        implements SemiSupervised {

    /** Checks the ranges. */
    public LabelPropagation {
        GraphSettings.check(kernel, gamma, nNeighbors, maxIter, tol);
    }

    /** scikit-learn's defaults: rbf, gamma 20, 7 neighbours, 1000 iterations, tol 1e-3. */
    public LabelPropagation() {
        this(GraphKernel.RBF, 20, 7, 1000, 1e-3);
    }

    @Override
    public GraphLabelModel fit(Frame x, Column y) {
        return GraphSettings.fit(GraphLabelModel.PROPAGATION, x, y, kernel, gamma, nNeighbors, Double.NaN, maxIter,
                tol);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
