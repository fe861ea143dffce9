package dev.lathe.tune;

import dev.lathe.math.Lbfgs;
import dev.lathe.math.Minimum;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Gaussian-process regression on the unit cube: Matern 5/2 kernel with one length scale per column, a
 * signal variance and a noise variance, targets standardised. The hyperparameters maximise the log
 * marginal likelihood plus weak log-normal priors (which keep them finite on few points), by L-BFGS from a
 * default start and a few seeded random ones.
 */
final class GaussianProcess {

    private static final double SQRT5 = Math.sqrt(5);
    private static final double MIN_NOISE = 1e-6;
    private static final int RESTARTS = 3;

    private final double[][] x;
    private final double[] theta;
    private final double mean;
    private final double scale;
    private final Cholesky factor;
    private final double[] alpha;

    private GaussianProcess(double[][] x, double[] y, double[] theta) {
        this.x = x;
        this.theta = theta;
        double m = 0;
        for (double v : y) {
            m += v;
        }
        mean = m / y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        scale = ss > 0 ? Math.sqrt(ss / y.length) : 1;
        double[] z = standardise(y);
        double[][] k = covariance(x, theta);
        factor = factor(k);
        alpha = factor.solve(z);
    }

    /** Fits the hyperparameters to {@code x} (rows of the cube) and {@code y}, seeded restarts. */
    static GaussianProcess fit(List<double[]> x, double[] y, long seed) {
        double[][] rows = x.toArray(double[][]::new);
        int d = rows[0].length;
        GaussianProcess start = new GaussianProcess(rows, y, defaults(d));
        double[] z = start.standardise(y);
        Lbfgs lbfgs = new Lbfgs(60, 1e-5);
        SplittableRandom rng = new SplittableRandom(seed);
        Minimum best = null;
        for (int r = 0; r < RESTARTS; r++) {
            double[] t0 = defaults(d);
            if (r > 0) {
                for (int j = 0; j < t0.length; j++) {
                    t0[j] += rng.nextDouble(-1, 1);
                }
            }
            Minimum m = lbfgs.minimize((t, g) -> negativeLogPosterior(rows, z, t, g), t0);
            if (best == null || m.value() < best.value()) {
                best = m;
            }
        }
        return new GaussianProcess(rows, y, best.x());
    }

    /** The same hyperparameters on other points (the constant liar's refit). */
    GaussianProcess with(List<double[]> points, double[] y) {
        return new GaussianProcess(points.toArray(double[][]::new), y, theta);
    }

    /** The best standardised target seen. */
    double bestStandardised(double[] y) {
        double best = Double.NEGATIVE_INFINITY;
        for (double v : standardise(y)) {
            best = Math.max(best, v);
        }
        return best;
    }

    /** Posterior mean and standard deviation of the latent standardised function at {@code p}. */
    double[] predict(double[] p) {
        double[] k = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            k[i] = kernel(x[i], p, theta);
        }
        double mu = 0;
        for (int i = 0; i < k.length; i++) {
            mu += k[i] * alpha[i];
        }
        double[] w = factor.solve(k);
        double var = Math.exp(theta[theta.length - 2]);
        for (int i = 0; i < k.length; i++) {
            var -= k[i] * w[i];
        }
        return new double[] {mu, Math.sqrt(Math.max(var, 1e-12))};
    }

    private double[] standardise(double[] y) {
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = (y[i] - mean) / scale;
        }
        return z;
    }

    /** Log length scales 0.3, log signal variance 0, noise variance about 1e-4. */
    private static double[] defaults(int d) {
        double[] t = new double[d + 2];
        java.util.Arrays.fill(t, 0, d, Math.log(0.3));
        t[d + 1] = Math.log(1e-4);
        return t;
    }

    private static double priorCentre(int j, int d) {
        return j < d ? Math.log(0.3) : j == d ? 0 : Math.log(1e-4);
    }

    private static double negativeLogPosterior(double[][] x, double[] z, double[] t, double[] g) {
        int n = x.length;
        int d = t.length - 2;
        Cholesky c = factor(covariance(x, t));
        double[] a = c.solve(z);
        double f = 0.5 * c.logDet();
        for (int i = 0; i < n; i++) {
            f += 0.5 * z[i] * a[i];
        }
        double[][] w = c.inverse();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = a[i] * a[j] - w[i][j];
            }
        }
        java.util.Arrays.fill(g, 0);
        double s2 = Math.exp(t[d]);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double r = distance(x[i], x[j], t);
                double e = Math.exp(-SQRT5 * r);
                g[d] -= 0.5 * w[i][j] * s2 * (1 + SQRT5 * r + 5.0 / 3 * r * r) * e;
                double common = s2 * 5.0 / 3 * (1 + SQRT5 * r) * e;
                for (int k = 0; k < d; k++) {
                    double diff = (x[i][k] - x[j][k]) / Math.exp(t[k]);
                    g[k] -= 0.5 * w[i][j] * common * diff * diff;
                }
            }
            g[d + 1] -= 0.5 * w[i][i] * Math.exp(t[d + 1]);
        }
        for (int j = 0; j < t.length; j++) {
            double u = t[j] - priorCentre(j, d);
            f += 0.5 * u * u;
            g[j] += u;
        }
        return f;
    }

    private static Cholesky factor(double[][] k) {
        for (double jitter = 1e-10; ; jitter *= 100) {
            Cholesky c = Cholesky.of(k);
            if (c != null) {
                return c;
            }
            for (int i = 0; i < k.length; i++) {
                k[i][i] += jitter;
            }
        }
    }

    private static double[][] covariance(double[][] x, double[] t) {
        int n = x.length;
        double noise = MIN_NOISE + Math.exp(t[t.length - 1]);
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = kernel(x[i], x[j], t);
                k[j][i] = k[i][j];
            }
            k[i][i] += noise;
        }
        return k;
    }

    private static double kernel(double[] a, double[] b, double[] t) {
        double r = distance(a, b, t);
        return Math.exp(t[t.length - 2]) * (1 + SQRT5 * r + 5.0 / 3 * r * r) * Math.exp(-SQRT5 * r);
    }

    private static double distance(double[] a, double[] b, double[] t) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double u = (a[k] - b[k]) / Math.exp(t[k]);
            s += u * u;
        }
        return Math.sqrt(s);
    }
}
