package dev.lathe.stats.distribution;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, P(D_n >= x), chosen among
 * exact and approximate methods as Simard and L'Ecuyer (2011) recommend and as {@code scipy.stats.kstwo.sf} does:
 * Ruben-Gambino at the ends, twice the one-sided (Smirnov) tail for large n x^2, the Durbin matrix in the
 * Marsaglia-Tsang-Wang form, and the Pelz-Good series for large n. Where scipy uses Pomeranz's recursion (n <= 140,
 * 0.754693 < n x^2 <= 4) the Durbin matrix gives the same exact value.
 */
public final class KolmogorovDistribution {

    private static final double PI2 = Math.PI * Math.PI;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private KolmogorovDistribution() {
    }

    /**
     * P(D_n >= x).
     *
     * @param x the statistic
     * @param n the sample size, at least 1
     */
    public static double sf(double x, long n) {
        if (x >= 1) {
            return 0;
        }
        if (x <= 0) {
            return 1;
        }
        double t = n * x;
        if (t <= 1) {
            if (t <= 0.5) {
                return 1;
            }
            double logCdf = logFactorialOverPower(n) + n * Math.log(2 * t - 1);
            return clip(1 - Math.exp(logCdf));
        }
        if (t >= n - 1) {
            return clip(2 * Math.pow(1 - x, n));
        }
        if (x >= 0.5) {
            return clip(2 * smirnov(n, x));
        }
        double nx2 = t * x;
        if (n <= 140) {
            if (nx2 <= 4) {
                return clip(1 - durbin(n, x));
            }
            return clip(2 * smirnov(n, x));
        }
        if (nx2 >= 370) {
            return 0;
        }
        if (nx2 >= 2.2) {
            return clip(2 * smirnov(n, x));
        }
        if (n <= 100_000 && n * Math.pow(x, 1.5) <= 1.4) {
            return clip(1 - durbin(n, x));
        }
        return clip(pelzGoodSf(n, x));
    }

    /** log(n! / n^n). */
    private static double logFactorialOverPower(long n) {
        return LogGamma.value(n + 1.0) - n * Math.log(n);
    }

    /**
     * The one-sided tail P(D_n+ >= x) by the Birnbaum-Tingey sum x sum_j binom(n, j) (1 - x - j/n)^(n-j)
     * (x + j/n)^(j-1), its terms formed in logarithms.
     */
    static double smirnov(long n, double x) {
        long last = (long) Math.floor(n * (1 - x));
        double logN1 = LogGamma.value(n + 1.0);
        double sum = 0;
        for (long j = 0; j <= last; j++) {
            double a = 1 - x - (double) j / n;
            double b = x + (double) j / n;
            if (a <= 0) {
                if (j == n) {
                    sum += Math.exp((j - 1) * Math.log(b));
                }
                continue;
            }
            double logTerm = logN1 - LogGamma.value(j + 1.0) - LogGamma.value(n - j + 1.0)
                    + (n - j) * Math.log(a) + (j - 1) * Math.log(b);
            sum += Math.exp(logTerm);
        }
        return x * sum;
    }

    /** P(D_n < x) by Durbin's matrix method as Marsaglia, Tsang and Wang (2003) compute it. */
    private static double durbin(long n, double d) {
        double nd = n * d;
        if (nd <= 0.5) {
            return 0;
        }
        int k = (int) Math.ceil(nd);
        double h = k - nd;
        int m = 2 * k - 1;
        double[] v = new double[m];
        double[] w = new double[m];
        double fac = 1;
        for (int j = 1; j <= m; j++) {
            w[j - 1] = fac;
            fac /= j;
            v[j - 1] = (1 - Math.pow(h, j)) * fac;
        }
        double tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
        v[m - 1] = (1 + tt) * fac;
        double[][] hm = new double[m][m];
        for (int i = 1; i < m; i++) {
            for (int r = i - 1; r < m; r++) {
                hm[r][i] = w[r - i + 1];
            }
        }
        for (int r = 0; r < m; r++) {
            hm[r][0] = v[r];
            hm[m - 1][r] = v[m - 1 - r];
        }
        double[][] power = identity(m);
        int hExponent = 0;
        int exponent = 0;
        for (long rest = n; rest > 0; rest /= 2) {
            if (rest % 2 == 1) {
                power = multiply(power, hm);
                exponent += hExponent;
            }
            hm = multiply(hm, hm);
            hExponent *= 2;
            if (Math.abs(hm[k - 1][k - 1]) > 0x1p128) {
                scale(hm, 0x1p-128);
                hExponent += 128;
            }
        }
        double p = power[k - 1][k - 1];
        for (long i = 1; i <= n; i++) {
            p = i * p / n;
            if (Math.abs(p) < 0x1p-128) {
                p *= 0x1p128;
                exponent -= 128;
            }
        }
        return Math.scalb(p, exponent);
    }

    /** 1 - P(D_n <= x) by the Pelz-Good asymptotic series in z = x sqrt(n), as scipy sums it. */
    private static double pelzGoodSf(long n, double x) {
        double z = Math.sqrt(n) * x;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double qlog = -PI2 / 8 / z2;
        if (qlog < -708) {
            return 1;
        }
        double q = Math.exp(qlog);
        double pi4 = PI2 * PI2;
        double pi6 = pi4 * PI2;
        double k1a = -z2;
        double k1b = PI2 / 4;
        double k2a = 6 * z6 + 2 * z4;
        double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
        double k2c = pi4 * (1 - 2 * z2) / 16;
        double k3d = pi6 * (5 - 30 * z2) / 64;
        double k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
        double k3a = -30 * z6 - 90 * z4 * z4;
        double[] terms = new double[4];
        int maxk = (int) Math.ceil(16 * z / Math.PI);
        for (int k = maxk; k > 0; k--) {
            double m = 2.0 * k - 1;
            double m2 = m * m;
            double m4 = m2 * m2;
            double m6 = m4 * m2;
            double qpower = Math.pow(q, 8 * k);
            double[] coeffs = {1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6};
            for (int i = 0; i < 4; i++) {
                terms[i] = terms[i] * qpower + coeffs[i];
            }
        }
        double[] divisors = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
        for (int i = 0; i < 4; i++) {
            terms[i] = terms[i] * q * SQRT_2PI / divisors[i];
        }
        double q2 = Math.exp(-PI2 / 2 / z2);
        double sqrt3z = Math.sqrt(3) * z;
        double k2extra = 0;
        double k3extra = 0;
        for (int k = maxk; k > 0; k--) {
            double k2 = (double) k * k;
            double qk = Math.pow(q2, k2);
            double kpi = Math.PI * k;
            k2extra += k2 * qk;
            k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
        }
        terms[2] += k2extra * PI2 * SQRT_2PI / (-36 * z * z2);
        terms[3] += k3extra * PI2 * SQRT_2PI / (216 * z6);
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double t = terms[i] / Math.pow(n, i / 2.0);
            sum += i == 0 ? 1 - t : -t;
        }
        return sum;
    }

    private static double[][] identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                double ail = a[i][l];
                for (int j = 0; j < m; j++) {
                    c[i][j] += ail * b[l][j];
                }
            }
        }
        return c;
    }

    private static void scale(double[][] a, double factor) {
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
    }

    private static double clip(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
