package dev.lathe.model.linear;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Polynomials of one variable of degrees 1 to d, orthonormal over the training values, as R's
 * {@code poly(x, d)}: learned by QR decomposition of the centred Vandermonde matrix [1, x - mean, ...,
 * (x - mean)^d] (EJML), kept as the three-term recurrence P_0 = 1, P_1 = x - alpha_1,
 * P_k = (x - alpha_k) P_{k-1} - (n_{k-1} / n_{k-2}) P_{k-2}, each P_k divided by sqrt(n_k), where n_k is the
 * squared norm of the monic P_k on the training values; new values go through the same recurrence.
 *
 * @param alpha the recurrence's centres alpha_1..alpha_d
 * @param norm2 as R stores it: 1, then n_0 (the number of training values), n_1, ..., n_d
 */
public record OrthogonalPolynomial(double[] alpha, double[] norm2) {

    public OrthogonalPolynomial {
        if (alpha.length < 1 || norm2.length != alpha.length + 2) {
            throw new IllegalArgumentException("need d >= 1 centres and d + 2 norms, got " + alpha.length + " and "
                    + norm2.length);
        }
        alpha = alpha.clone();
        norm2 = norm2.clone();
    }

    /**
     * Learns the polynomials of degrees 1 to {@code degree} from the values of feature {@code name}, which must
     * take at least degree + 1 distinct values.
     */
    static OrthogonalPolynomial fit(String name, double[] x, int degree) {
        long distinct = Arrays.stream(x).distinct().count();
        if (distinct <= degree) {
            throw new IllegalArgumentException("feature '" + name + "' takes " + distinct + " distinct values; "
                    + "a polynomial of degree " + degree + " needs at least " + (degree + 1));
        }
        int n = x.length;
        double mean = Arrays.stream(x).sum() / n;
        DMatrixRMaj v = new DMatrixRMaj(n, degree + 1);
        for (int i = 0; i < n; i++) {
            double c = x[i] - mean;
            double power = 1;
            for (int k = 0; k <= degree; k++) {
                v.unsafe_set(i, k, power);
                power *= c;
            }
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, degree + 1);
        if (!qr.decompose(v)) {
            throw new IllegalStateException("QR decomposition of the Vandermonde matrix of '" + name + "' failed");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        double[] alpha = new double[degree];
        double[] norm2 = new double[degree + 2];
        norm2[0] = 1;
        for (int k = 0; k <= degree; k++) {
            double rkk = r.get(k, k);
            double squares = 0;
            double weighted = 0;
            for (int i = 0; i < n; i++) {
                double z = q.unsafe_get(i, k) * rkk;
                squares += z * z;
                weighted += (x[i] - mean) * z * z;
            }
            norm2[k + 1] = squares;
            if (k < degree) {
                alpha[k] = weighted / squares + mean;
            }
        }
        return new OrthogonalPolynomial(alpha, norm2);
    }

    /** The highest degree d. */
    public int degree() {
        return alpha.length;
    }

    /** A copy of the centres. */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    /** A copy of the norms, in R's layout. */
    @Override
    public double[] norm2() {
        return norm2.clone();
    }

    /** The same polynomials up to degree {@code d} (the recurrence's first terms do not depend on later ones). */
    OrthogonalPolynomial truncate(int d) {
        return new OrthogonalPolynomial(Arrays.copyOf(alpha, d), Arrays.copyOf(norm2, d + 2));
    }

    /** {@code result[k - 1][i]}: the orthonormal polynomial of degree k at {@code x[i]}, for k = 1..d. */
    public double[][] evaluate(double[] x) {
        int d = degree();
        double[][] out = new double[d][x.length];
        for (int i = 0; i < x.length; i++) {
            double previous = 1;
            double current = x[i] - alpha[0];
            out[0][i] = current / Math.sqrt(norm2[2]);
            for (int k = 2; k <= d; k++) {
                double next = (x[i] - alpha[k - 1]) * current - norm2[k] / norm2[k - 1] * previous;
                previous = current;
                current = next;
                out[k - 1][i] = current / Math.sqrt(norm2[k + 1]);
            }
        }
        return out;
    }
}
