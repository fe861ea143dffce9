package dev.lathe.model.svm;

/**
 * Class probabilities from pairwise ones by the second method of Wu, Lin and Weng (2004), "Probability
 * estimates for multi-class classification by pairwise coupling" (as LIBSVM): minimise
 * {@code sum_i sum_{j != i} (r_ji p_i - r_ij p_j)^2} over the simplex by its fixed-point iteration.
 */
final class PairwiseCoupling {

    private PairwiseCoupling() {
    }

    /**
     * @param r {@code r[i][j]}: the probability of class i given that the class is i or j ({@code r[j][i] = 1 - r[i][j]})
     * @return one probability per class, summing to 1
     */
    static double[] probabilities(double[][] r) {
        int k = r.length;
        if (k == 2) {
            return new double[] {r[0][1], r[1][0]};
        }
        double[][] q = new double[k][k];
        double[] p = new double[k];
        double[] qp = new double[k];
        for (int t = 0; t < k; t++) {
            p[t] = 1.0 / k;
            for (int j = 0; j < k; j++) {
                if (j != t) {
                    q[t][t] += r[j][t] * r[j][t];
                    q[t][j] = -r[j][t] * r[t][j];
                }
            }
        }
        double eps = 0.005 / k;
        for (int iter = 0; iter < Math.max(100, k); iter++) {
            double pqp = 0;
            for (int t = 0; t < k; t++) {
                qp[t] = 0;
                for (int j = 0; j < k; j++) {
                    qp[t] += q[t][j] * p[j];
                }
                pqp += p[t] * qp[t];
            }
            double worst = 0;
            for (int t = 0; t < k; t++) {
                worst = Math.max(worst, Math.abs(qp[t] - pqp));
            }
            if (worst < eps) {
                break;
            }
            for (int t = 0; t < k; t++) {
                double diff = (-qp[t] + pqp) / q[t][t];
                p[t] += diff;
                pqp = (pqp + diff * (diff * q[t][t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
                for (int j = 0; j < k; j++) {
                    qp[j] = (qp[j] + diff * q[t][j]) / (1 + diff);
                    p[j] /= 1 + diff;
                }
            }
        }
        return p;
    }
}
