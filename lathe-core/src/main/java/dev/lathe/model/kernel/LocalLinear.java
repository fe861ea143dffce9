package dev.lathe.model.kernel;

import java.util.Arrays;

/**
 * One local linear fit of LOESS: at a point x0, a straight line by weighted least squares over the k
 * training points nearest x0, weighted by tricube(|x - x0| / radius) (radius the distance to the k-th
 * nearest) times each point's robustness weight. Training x is sorted ascending.
 */
final class LocalLinear {

    private LocalLinear() {
    }

    /** The local line's value at {@code x0}. */
    static double at(double x0, double[] x, double[] y, double[] robustness, int k) {
        int n = x.length;
        int left = Arrays.binarySearch(x, x0);
        if (left < 0) {
            left = -left - 1;
        }
        int right = left;
        // grow [left, right) to the k nearest points
        while (right - left < k) {
            if (left == 0) {
                right++;
            } else if (right == n || x0 - x[left - 1] <= x[right] - x0) {
                left--;
            } else {
                right++;
            }
        }
        double radius = Math.max(x0 - x[left], x[right - 1] - x0);
        double[] w = new double[right - left];
        double sw = 0;
        for (int j = left; j < right; j++) {
            w[j - left] = tricube(Math.abs(x[j] - x0), radius) * robustness[j];
            sw += w[j - left];
        }
        if (sw == 0) { // every near point is an outlier or on the window's edge: weigh by distance alone, or evenly
            for (int j = left; j < right; j++) {
                w[j - left] = Math.max(tricube(Math.abs(x[j] - x0), radius), Double.MIN_NORMAL);
                sw += w[j - left];
            }
        }
        double mx = 0;
        double my = 0;
        for (int j = left; j < right; j++) {
            mx += w[j - left] * x[j];
            my += w[j - left] * y[j];
        }
        mx /= sw;
        my /= sw;
        double sxx = 0;
        double sxy = 0;
        for (int j = left; j < right; j++) {
            double dx = x[j] - mx;
            sxx += w[j - left] * dx * dx;
            sxy += w[j - left] * dx * (y[j] - my);
        }
        return sxx > 1e-12 * radius * radius * sw ? my + sxy / sxx * (x0 - mx) : my;
    }

    private static double tricube(double distance, double radius) {
        return radius > 0 ? Kernel.TRICUBE.weight(distance / radius) : 1;
    }
}
