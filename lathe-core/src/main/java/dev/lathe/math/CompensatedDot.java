package dev.lathe.math;

/**
 * Dot products and sums evaluated as if in twice the working precision (Ogita, Rump and Oishi, "Accurate
 * sum and dot product", SIAM J. Sci. Comput. 26, 2005: algorithm Dot2, error-free transformations with
 * FMA), for the residuals of iterative refinement.
 */
public final class CompensatedDot {

    private CompensatedDot() {
    }

    /** {@code start + extra + sum_j columns[j][row] * v[j]}, for a column-major matrix. */
    public static double rowDot(double start, double extra, double[][] columns, int row, double[] v) {
        return rowDot(start, extra, columns, null, row, v);
    }

    /**
     * {@code start + extra + sum_j (high[j][row] + low[j][row]) * v[j]}: a matrix held as the unevaluated
     * sum of two (low, or any column of it, may be null for zero), such as exact powers split into a double
     * and its rounding error.
     */
    public static double rowDot(double start, double extra, double[][] high, double[][] low, int row, double[] v) {
        double p = start + extra;
        double z0 = p - start;
        double s = (start - (p - z0)) + (extra - z0);
        for (int pass = 0; pass < 2; pass++) {
            double[][] columns = pass == 0 ? high : low;
            if (columns == null) {
                continue;
            }
            for (int j = 0; j < columns.length; j++) {
                if (columns[j] == null) {
                    continue;
                }
                double a = columns[j][row];
                double b = v[j];
                double h = a * b;
                double q = Math.fma(a, b, -h);
                double sum = p + h;
                double z = sum - p;
                s += (p - (sum - z)) + (h - z) + q;
                p = sum;
            }
        }
        return p + s;
    }

    /** {@code start + sum_i a[i] * b[i]}. */
    public static double dot(double start, double[] a, double[] b) {
        return dot(start, a, null, b);
    }

    /** {@code start + sum_i (high[i] + low[i]) * b[i]} (low may be null). */
    public static double dot(double start, double[] high, double[] low, double[] b) {
        double p = start;
        double s = 0;
        for (int pass = 0; pass < 2; pass++) {
            double[] a = pass == 0 ? high : low;
            if (a == null) {
                continue;
            }
            for (int i = 0; i < a.length; i++) {
                double h = a[i] * b[i];
                double q = Math.fma(a[i], b[i], -h);
                double sum = p + h;
                double z = sum - p;
                s += (p - (sum - z)) + (h - z) + q;
                p = sum;
            }
        }
        return p + s;
    }

    /**
     * {@code x^k} for k = 1..degree as double-double pairs: {@code out[0][k-1]} the rounded power and
     * {@code out[1][k-1]} its rounding error, so that polynomial designs are exact to about 32 digits.
     */
    public static double[][] powers(double x, int degree) {
        double[] hi = new double[degree];
        double[] lo = new double[degree];
        double h = x;
        double l = 0;
        for (int k = 1; k <= degree; k++) {
            if (k > 1) {
                double ph = h * x;
                double pl = Math.fma(h, x, -ph) + l * x;
                h = ph + pl;
                l = pl - (h - ph);
            }
            hi[k - 1] = h;
            lo[k - 1] = l;
        }
        return new double[][] {hi, lo};
    }
}
