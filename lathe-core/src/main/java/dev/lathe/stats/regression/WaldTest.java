package dev.lathe.stats.regression;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A joint Wald test that several coefficients are all 0, as statsmodels' {@code f_test}: W = b' V^-1 b over
 * the tested coefficients b with their covariance V, reported as F = W / q on (q, dfDenominator) degrees of
 * freedom and as chi-square W on q.
 *
 * @param terms         the tested terms
 * @param chiSquare     the Wald statistic W
 * @param f             W / q
 * @param df1           q, the number of tested terms
 * @param df2           denominator degrees of freedom (the residual df, or clusters - 1 under a cluster covariance)
 * @param pValue        P(F(q, df2) > f)
 * @param chiSquareP    P(chi-square(q) > W), the large-sample version
 */
public record WaldTest(List<String> terms, double chiSquare, double f, int df1, int df2, double pValue,
                       double chiSquareP) {

    public WaldTest {
        terms = List.copyOf(terms);
    }

    /** Tests that every coefficient of {@code terms} in {@code fit} is 0; the terms must exist and be distinct. */
    public static WaldTest of(OlsResult fit, List<String> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a Wald test needs at least one term");
        }
        if (terms.stream().distinct().count() != terms.size()) {
            throw new IllegalArgumentException("Wald test terms repeat: " + terms);
        }
        int q = terms.size();
        double[][] cov = fit.covariance();
        int[] idx = terms.stream().mapToInt(fit::indexOf).toArray();
        DMatrixRMaj v = new DMatrixRMaj(q, q);
        DMatrixRMaj b = new DMatrixRMaj(q, 1);
        for (int a = 0; a < q; a++) {
            b.set(a, 0, fit.coefficients().get(idx[a]).estimate());
            for (int c = 0; c < q; c++) {
                v.set(a, c, cov[idx[a]][idx[c]]);
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(q, 1);
        if (!CommonOps_DDRM.solve(v, b, x)) {
            throw new IllegalArgumentException("the covariance of " + terms + " is singular; the joint test is undefined");
        }
        double w = CommonOps_DDRM.dot(b, x);
        double f = w / q;
        return new WaldTest(terms, w, f, q, fit.dfWald(), FDistribution.of(q, fit.dfWald()).survivalProbability(f),
                ChiSquaredDistribution.of(q).survivalProbability(w));
    }
}
