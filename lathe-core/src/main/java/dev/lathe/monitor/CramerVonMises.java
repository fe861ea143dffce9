package dev.lathe.monitor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The two-sample Cramér-von Mises test as {@code scipy.stats.cramervonmises_2samp(x, y, method='auto')} in scipy
 * 1.10: the statistic T from average ranks (Anderson 1962); the exact p-value when neither sample has more than 20
 * values, otherwise the limiting distribution at T standardised by its mean and variance.
 */
public final class CramerVonMises {

    private static final int MAX_EXACT = 20;

    private CramerVonMises() {
    }

    /**
     * Tests whether {@code x} and {@code y} come from the same distribution.
     *
     * @param x finite values, at least two
     * @param y finite values, at least two
     * @return T and its p-value
     */
    public static TestResult test(double[] x, double[] y) {
        Samples.requireNonEmpty(x, "first");
        Samples.requireNonEmpty(y, "second");
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("the Cramér-von Mises test needs at least two values in each sample");
        }
        int nx = x.length;
        int ny = y.length;
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        double[] all = new double[nx + ny];
        System.arraycopy(xs, 0, all, 0, nx);
        System.arraycopy(ys, 0, all, nx, ny);
        Arrays.sort(all);
        double u = nx * squaredRankShifts(xs, all) + ny * squaredRankShifts(ys, all);
        double k = (double) nx * ny;
        double n = nx + ny;
        double t = u / (k * n) - (4 * k - 1) / (6 * n);
        if (Math.max(nx, ny) <= MAX_EXACT) {
            return new TestResult(t, exactPValue(u, nx, ny));
        }
        double et = (1 + 1 / n) / 6;
        double vt = (n + 1) * (4 * k * n - 3 * ((double) nx * nx + (double) ny * ny) - 2 * k) / (45 * n * n * 4 * k);
        double tn = 1.0 / 6 + (t - et) / Math.sqrt(45 * vt);
        return new TestResult(t, tn < 0.003 ? 1.0 : Math.max(0, 1 - limitingCdf(tn)));
    }

    /** sum over the sorted sample of (average rank in the pooled sample - position)^2. */
    private static double squaredRankShifts(double[] sample, double[] all) {
        double sum = 0;
        for (int i = 0; i < sample.length; i++) {
            int below = 0;
            int lo = 0;
            int hi = all.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (all[mid] < sample[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            below = lo;
            int upTo = below;
            while (upTo < all.length && all[upTo] == sample[i]) {
                upTo++;
            }
            double rank = (below + 1 + upTo) / 2.0;
            double d = rank - (i + 1);
            sum += d * d;
        }
        return sum;
    }

    /**
     * P(U >= u) by counting the lattice paths of the two samples' orderings with scipy's integer statistic
     * (Hájek, Šidák and Sen); exact for samples without ties.
     */
    private static double exactPValue(double u, int m, int n) {
        long lcm = (long) m / gcd(m, n) * n;
        long a = lcm / m;
        long b = lcm / n;
        long mn = (long) m * n;
        double zeta = Math.floor(lcm * lcm * (m + n) * (6 * u - mn * (4.0 * mn - 1)) / (6.0 * mn * mn));
        @SuppressWarnings("unchecked")
        Map<Long, Long>[] cells = new Map[m + 1];
        for (int v = 0; v <= m; v++) {
            cells[v] = new HashMap<>();
        }
        cells[0].put(0L, 1L);
        for (int w = 0; w <= n; w++) {
            Map<Long, Long> left = new HashMap<>();
            for (int v = 0; v <= m; v++) {
                Map<Long, Long> merged = new HashMap<>(left);
                cells[v].forEach((value, count) -> merged.merge(value, count, Long::sum));
                long step = (a * v - b * w) * (a * v - b * w);
                Map<Long, Long> shifted = new HashMap<>();
                merged.forEach((value, count) -> shifted.put(value + step, count));
                cells[v] = shifted;
                left = shifted;
            }
        }
        long hits = 0;
        long paths = 0;
        for (Map.Entry<Long, Long> e : cells[m].entrySet()) {
            paths += e.getValue();
            if (e.getKey() >= zeta) {
                hits += e.getValue();
            }
        }
        return (double) hits / paths;
    }

    /** The limiting distribution function of the Cramér-von Mises statistic (Csörgő and Faraway 1996, eq. 1.8). */
    private static double limitingCdf(double x) {
        double total = 0;
        for (int k = 0; ; k++) {
            double u = Math.exp(LogGamma.value(k + 0.5) - LogGamma.value(k + 1)) / (Math.pow(Math.PI, 1.5)
                    * Math.sqrt(x));
            double y = 4 * k + 1;
            double q = y * y / (16 * x);
            double term = u * Math.sqrt(y) * scaledBesselK(q);
            total += term;
            if (Math.abs(term) < 1e-7) {
                return total;
            }
        }
    }

    /**
     * e^(-q) K_{1/4}(q), with K_nu(q) = integral_0^inf exp(-q cosh t) cosh(nu t) dt summed by the trapezoidal
     * rule, which converges geometrically for this integrand; each term carries the e^(-q) factor.
     */
    private static double scaledBesselK(double q) {
        double h = 1.0 / 64;
        double sum = 0.5 * Math.exp(-2 * q);
        for (int i = 1; ; i++) {
            double t = i * h;
            double term = Math.exp(-q * (Math.cosh(t) + 1)) * Math.cosh(t / 4);
            sum += term;
            if (term < 1e-18 * sum) {
                return sum * h;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
