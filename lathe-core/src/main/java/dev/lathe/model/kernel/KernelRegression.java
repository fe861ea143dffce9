package dev.lathe.model.kernel;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;

/**
 * Nadaraya-Watson kernel regression: a row's prediction is the mean training target weighted by
 * kernel(|x - x_i| / bandwidth), |.| the Euclidean distance over all features (scale them first; the
 * command's default preparation does). When a compact kernel leaves a query with no training row inside
 * the bandwidth, the prediction is the mean target of its nearest training rows (the limit as the
 * bandwidth grows to reach them).
 *
 * <p>Without a given bandwidth, it is chosen by leave-one-out cross-validation in closed form: leaving row
 * i out removes its own term kernel(0) y_i from the weighted sums, so every bandwidth costs one pass over the
 * pairs. The candidates are {@code n_bandwidths} values spaced evenly in log scale from half the median
 * nearest-neighbour distance to the largest distance from the data's mean row; the one with the smallest
 * mean squared leave-one-out error wins (the smaller on ties).
 *
 * @param kernel      {@code gaussian} (default), {@code epanechnikov} or {@code tricube}
 * @param bandwidth   the bandwidth, finite and above 0, or null (default) to choose it by leave-one-out
 * @param nBandwidths number of candidate bandwidths searched, at least 2 (default 50)
 */
public record KernelRegression(Kernel kernel, Double bandwidth, int nBandwidths) implements Estimator {

    public KernelRegression {
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must be gaussian, epanechnikov or tricube");
        }
        if (bandwidth != null) {
            Check.positive("bandwidth", bandwidth);
        }
        Check.atLeast("n_bandwidths", nBandwidths, 2);
    }

    /** Gaussian kernel, bandwidth by leave-one-out over 50 candidates. */
    public KernelRegression() {
        this(Kernel.GAUSSIAN, null, 50);
    }

    @Override
    public KernelRegressionModel fit(Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        double[] target = Targets.numeric(y);
        Points points = Points.of(columns);
        double h = bandwidth != null ? bandwidth : LeaveOneOut.choose(points, target, kernel, nBandwidths);
        return new KernelRegressionModel(x.names(), points, target, kernel, h);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }
}
