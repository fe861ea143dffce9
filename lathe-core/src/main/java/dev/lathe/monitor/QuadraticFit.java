package dev.lathe.monitor;

/** The least-squares quadratic c0 + c1 x + c2 x^2 through a few points (as {@code numpy.polyfit(x, y, 2)}). */
final class QuadraticFit {

    private QuadraticFit() {
    }

    /** Coefficients {c0, c1, c2}, solved from the normal equations on centred x. */
    static double[] fit(double[] x, double[] y) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double[][] a = new double[3][4];
        for (int i = 0; i < x.length; i++) {
            double t = x[i] - mean;
            double[] row = {1, t, t * t};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][3] += row[r] * y[i];
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int r = p + 1; r < 3; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c < 4; c++) {
                    a[r][c] -= f * a[p][c];
                }
            }
        }
        double[] d = new double[3];
        for (int r = 2; r >= 0; r--) {
            double s = a[r][3];
            for (int c = r + 1; c < 3; c++) {
                s -= a[r][c] * d[c];
            }
            d[r] = s / a[r][r];
        }
        return new double[] {d[0] - d[1] * mean + d[2] * mean * mean, d[1] - 2 * d[2] * mean, d[2]};
    }
}
