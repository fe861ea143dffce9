package dev.lathe.model.cluster;

import dev.lathe.model.RowMatrix;

/**
 * Lloyd's k-means iterations as scikit-learn runs them: assign every row to its nearest centre, move each centre
 * to its rows' mean; stop when no label changes, or when the centres moved (sum of squared shifts) at most
 * {@code tol}; if stopped by the shift, labels are assigned once more to the final centres.
 */
final class Lloyd {

    private Lloyd() {
    }

    static Run run(RowMatrix x, double[] start, int k, int maxIter, double tol) {
        int n = x.rows();
        double[] centres = start.clone();
        int[] labels = new int[n];
        double[] dist = new double[n];
        StoppingRule stopping = new StoppingRule(n, tol);
        int iter = 0;
        while (iter < maxIter) {
            Centres.assign(x, centres, k, labels, dist);
            double[] next = Centres.means(x, labels, k, dist);
            double shift = Centres.shift(next, centres);
            centres = next;
            iter++;
            if (stopping.stop(labels, shift)) {
                break;
            }
        }
        if (stopping.needsFinalAssignment()) {
            Centres.assign(x, centres, k, labels, dist);
        }
        return new Run(labels, centres, Centres.inertia(x, centres, labels), iter);
    }
}
