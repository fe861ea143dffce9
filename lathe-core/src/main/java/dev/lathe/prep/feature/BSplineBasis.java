package dev.lathe.prep.feature;

/**
 * The B-spline basis functions of one degree over a strictly ascending knot vector t, evaluated by de
 * Boor's recursion the way SciPy's {@code BSpline} evaluates them. There are {@code t.length - degree - 1}
 * functions; function i is non-zero on [t[i], t[i + degree + 1]), and at most degree + 1 of them are
 * non-zero at any point. The base interval is [t[degree], t[size]]; outside it the end pieces continue.
 */
final class BSplineBasis {

    private final double[] t;
    private final int k;

    /** The basis of {@code degree} (at least 1) over {@code knots}, which must ascend strictly. */
    BSplineBasis(double[] knots, int degree) {
        this.t = knots;
        this.k = degree;
    }

    /** Number of basis functions. */
    int size() {
        return t.length - k - 1;
    }

    /** Left end of the base interval. */
    double lower() {
        return t[k];
    }

    /** Right end of the base interval. */
    double upper() {
        return t[size()];
    }

    /**
     * The knot interval used for {@code x}: the last l in [degree, size - 1] with t[l] &lt;= x, or degree when
     * x lies below t[degree]. The non-zero functions at x are l - degree to l.
     */
    int interval(double x) {
        int lo = k;
        int hi = size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Writes to {@code out[0..degree]} the values ({@code derivative} 0) or first derivatives
     * ({@code derivative} 1) at {@code x} of functions {@code l - degree} to {@code l}.
     *
     * @param scratch working space of at least degree entries
     */
    void nonZero(double x, int l, int derivative, double[] out, double[] scratch) {
        out[0] = 1.0;
        for (int j = 1; j <= k; j++) {
            System.arraycopy(out, 0, scratch, 0, j);
            out[0] = 0.0;
            boolean differentiate = j > k - derivative;
            for (int n = 1; n <= j; n++) {
                double xb = t[l + n];
                double xa = t[l + n - j];
                if (differentiate) {
                    double w = j * scratch[n - 1] / (xb - xa);
                    out[n - 1] -= w;
                    out[n] = w;
                } else {
                    double w = scratch[n - 1] / (xb - xa);
                    out[n - 1] += w * (xb - x);
                    out[n] = w * (x - xa);
                }
            }
        }
    }

    /** The values ({@code derivative} 0) or first derivatives (1) of every function at {@code x}. */
    double[] all(double x, int derivative) {
        double[] out = new double[size()];
        double[] values = new double[k + 1];
        int l = interval(x);
        nonZero(x, l, derivative, values, new double[k]);
        System.arraycopy(values, 0, out, l - k, k + 1);
        return out;
    }
}
