package dev.lathe.model.svm;

/**
 * Platt's sigmoid {@code P(y = +1 | f) = 1 / (1 + exp(A f + B))}, fitted to decision values by the
 * Newton method with backtracking of Lin, Lin and Weng (2007), "A note on Platt's probabilistic outputs for
 * support vector machines", with Platt's regularised targets {@code (N+ + 1) / (N+ + 2)} and
 * {@code 1 / (N- + 2)}.
 *
 * @param a the slope A
 * @param b the offset B
 */
public record PlattSigmoid(double a, double b) {

    private static final int MAX_ITER = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPS = 1e-5;

    /** Fits A and B to decision values {@code f} with labels {@code y} (+1 or -1). */
    static PlattSigmoid fit(double[] f, int[] y) {
        double positives = 0;
        for (int label : y) {
            positives += label > 0 ? 1 : 0;
        }
        double negatives = y.length - positives;
        double hi = (positives + 1) / (positives + 2);
        double lo = 1 / (negatives + 2);
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i] > 0 ? hi : lo;
        }
        double a = 0;
        double b = Math.log((negatives + 1) / (positives + 1));
        double value = objective(f, t, a, b);
        for (int iter = 0; iter < MAX_ITER; iter++) {
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < f.length; i++) {
                double z = f[i] * a + b;
                double p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
                double q = 1 - p;
                double d2 = p * q;
                h11 += f[i] * f[i] * d2;
                h22 += d2;
                h21 += f[i] * d2;
                double d1 = t[i] - p;
                g1 += f[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPS && Math.abs(g2) < EPS) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double descent = g1 * da + g2 * db;
            double step = 1;
            while (step >= MIN_STEP) {
                double na = a + step * da;
                double nb = b + step * db;
                double nv = objective(f, t, na, nb);
                if (nv < value + 1e-4 * step * descent) {
                    a = na;
                    b = nb;
                    value = nv;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new PlattSigmoid(a, b);
    }

    private static double objective(double[] f, double[] t, double a, double b) {
        double v = 0;
        for (int i = 0; i < f.length; i++) {
            double z = f[i] * a + b;
            v += z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1) * z + Math.log1p(Math.exp(z));
        }
        return v;
    }

    /** {@code P(y = +1 | f)}. */
    public double probability(double f) {
        double z = f * a + b;
        return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
    }
}
