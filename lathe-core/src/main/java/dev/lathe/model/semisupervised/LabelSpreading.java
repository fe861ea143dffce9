package dev.lathe.model.semisupervised;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.SemiSupervised;
import dev.lathe.model.Task;

/**
 * Label spreading (Zhou, Bousquet, Lal, Weston and Schoelkopf 2004), as scikit-learn's LabelSpreading:
 * labels spread over the symmetrically normalised graph without self-loops, and every row keeps a share
 * {@code 1 - alpha} of its initial label (soft clamping, so noisy labels can change). Rows whose target
 * is missing are the unlabelled ones.
 *
 * @param kernel     {@code rbf} (default) or {@code knn}, see {@link GraphKernel}
 * @param gamma      RBF width, above 0 (default 20; scale the features first)
 * @param nNeighbors kNN neighbours, itself included, at least 1 (default 7)
 * @param alpha      share of the neighbours' labels in each update, in (0, 1) (default 0.2)
 * @param maxIter    most iterations, at least 1 (default 30)
 * @param tol        stop when the summed absolute change of the label distributions is below this, at
 *                   least 0 (default 1e-3)
 */
public record LabelSpreading(GraphKernel kernel, double gamma, int nNeighbors, double alpha, int maxIter,
                             double tol) implements SemiSupervised {

    /** Checks the ranges. */
    public LabelSpreading {
        GraphSettings.check(kernel, gamma, nNeighbors, maxIter, tol);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
    }

    /** scikit-learn's defaults: rbf, gamma 20, 7 neighbours, alpha 0.2, 30 iterations, tol 1e-3. */
    public LabelSpreading() {
        this(GraphKernel.RBF, 20, 7, 0.2, 30, 1e-3);
    }

    @Override
    public GraphLabelModel fit(Frame x, Column y) {
        return GraphSettings.fit(GraphLabelModel.SPREADING, x, y, kernel, gamma, nNeighbors, alpha, maxIter, tol);
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
