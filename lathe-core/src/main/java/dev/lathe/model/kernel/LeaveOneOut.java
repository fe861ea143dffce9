package dev.lathe.model.kernel;

import java.util.Arrays;

/** Closed-form leave-one-out error of Nadaraya-Watson regression, and the bandwidth that minimises it. */
final class LeaveOneOut {

    private LeaveOneOut() {
    }

    /** The candidate with the smallest leave-one-out mean squared error (see {@link KernelRegression}). */
    static double choose(Points p, double[] y, Kernel kernel, int candidates) {
        int n = p.count();
        if (n < 3) {
            throw new IllegalArgumentException("choosing the bandwidth by leave-one-out needs at least 3 rows, got "
                    + n + "; give bandwidth");
        }
        double[][] dist = new double[n][n];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double[] centre = new double[p.d()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p.d(); j++) {
                centre[j] += p.rows()[i * p.d() + j] / n;
            }
        }
        double widest = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < n; r++) {
                dist[i][r] = p.distance(i, p.rows(), r);
                if (r != i && dist[i][r] > 0) {
                    nearest[i] = Math.min(nearest[i], dist[i][r]);
                }
            }
            widest = Math.max(widest, p.distance(i, centre, 0));
        }
        double[] finite = Arrays.stream(nearest).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || widest == 0) {
            throw new IllegalArgumentException("every training row has the same features; kernel regression needs "
                    + "rows at different points");
        }
        double lo = Math.log(finite[finite.length / 2] / 2);
        double hi = Math.log(Math.max(widest, Math.exp(lo) * 2));
        double best = Double.NaN;
        double bestError = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            double h = Math.exp(lo + (hi - lo) * c / (candidates - 1));
            double e = error(dist, y, kernel, h);
            if (e < bestError) {
                bestError = e;
                best = h;
            }
        }
        if (Double.isNaN(best)) {
            throw new IllegalArgumentException("no candidate bandwidth leaves every row a neighbour; give bandwidth "
                    + "or use the gaussian kernel");
        }
        return best;
    }

    /** Mean squared leave-one-out error at bandwidth {@code h}; infinite when some row has no neighbour. */
    static double error(double[][] dist, double[] y, Kernel kernel, double h) {
        double self = kernel.weight(0);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double weights = 0;
            double weighted = 0;
            for (int r = 0; r < y.length; r++) {
                double w = kernel.weight(dist[i][r] / h);
                weights += w;
                weighted += w * y[r];
            }
            double others = weights - self;
            if (!(others > 1e-8 * self)) { // below this the subtraction loses too many digits
                return Double.POSITIVE_INFINITY;
            }
            double e = y[i] - (weighted - self * y[i]) / others;
            sum += e * e;
        }
        return sum / y.length;
    }
}
