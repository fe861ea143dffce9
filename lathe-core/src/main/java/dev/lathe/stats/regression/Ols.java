package dev.lathe.stats.regression;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import dev.lathe.stats.InformationCriteria;
import dev.lathe.stats.formula.DesignMatrix;
import dev.lathe.stats.formula.Formula;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Ordinary and weighted least squares with full inference, as statsmodels' OLS/WLS: the fit through
 * {@link LeastSquares} (accurate to about 13 digits on NIST StRD), classical, HC0-HC3 and cluster-robust
 * covariances, F test, information criteria and residual diagnostics.
 *
 * @param covariance    how standard errors are estimated (default nonrobust)
 * @param clusterColumn the group column for {@link CovarianceType#CLUSTER}, else null
 * @param weightsColumn a column of positive weights for WLS, or null for OLS
 * @param absorbColumn  a group column whose fixed effects are absorbed by demeaning within groups (same slopes
 *                      and standard errors as {@code + C(column)} with statsmodels' degrees of freedom, linear
 *                      cost in the groups; no intercept is reported and R^2 and the F test are the within ones),
 *                      or null; not with weights
 */
public record Ols(CovarianceType covariance, String clusterColumn, String weightsColumn, String absorbColumn) {

    public Ols {
        if (covariance == null) {
            throw new IllegalArgumentException("covariance type must be given");
        }
        if ((covariance == CovarianceType.CLUSTER) != (clusterColumn != null)) {
            throw new IllegalArgumentException("a cluster column is needed exactly when the covariance is cluster");
        }
        if (absorbColumn != null && weightsColumn != null) {
            throw new IllegalArgumentException("absorbing fixed effects is not supported with weights");
        }
    }

    /** OLS or WLS without absorbed effects. */
    public Ols(CovarianceType covariance, String clusterColumn, String weightsColumn) {
        this(covariance, clusterColumn, weightsColumn, null);
    }

    /** This fit with the fixed effects of {@code column} absorbed (see the record's description). */
    public Ols absorbing(String column) {
        return new Ols(covariance, clusterColumn, weightsColumn, column);
    }

    /** Classical OLS. */
    public Ols() {
        this(CovarianceType.NONROBUST, null, null, null);
    }

    /** Fits {@code formula} (see {@link Formula}) on {@code data}. */
    public OlsResult fit(Frame data, String formula) {
        Formula f = Formula.parse(formula);
        DesignMatrix d = DesignMatrix.of(f, withoutMissingAux(data));
        FixedEffects fe = absorbColumn == null ? null
                : FixedEffects.absorb(d, withoutMissingAux(data).column(absorbColumn));
        if (fe != null) {
            d = fe.design();
        }
        int absorbed = fe == null ? 0 : fe.groups();
        int n = d.n();
        int p = d.p();
        double[] sw = sqrtWeights(data, d);
        double[][] x = weightsColumn == null ? d.columns() : scaleRows(d.columns(), sw);
        double[][] xLow = weightsColumn == null ? d.low() : scaleRows(d.low(), sw);
        double[] y = d.response().clone();
        for (int i = 0; i < n; i++) {
            y[i] *= sw[i];
        }
        LeastSquares ls;
        try {
            ls = LeastSquares.of(x, xLow);
        } catch (RankDeficientException e) {
            List<String> names = e.dependentColumns().stream().map(d.names()::get).toList();
            throw new IllegalArgumentException("the design of '" + formula + "' is rank deficient: " + names
                    + " are linear combinations of the other terms; remove them");
        }
        LeastSquares.Solution solution = ls.fit(y);
        double[] b = solution.coefficients();
        double[] e = solution.residuals();
        double ssr = 0;
        for (double v : e) {
            ssr += v * v;
        }
        int k0 = d.intercept() ? 1 : 0;
        int dfResid = n - p - absorbed;
        int dfModel = p - k0;
        if (dfResid <= 0) {
            throw new IllegalArgumentException("'" + formula + "' has " + (p + absorbed) + " parameters for " + n
                    + " rows; more rows than parameters are needed");
        }
        double tss = totalSumOfSquares(d.response(), sw, d.intercept());
        double r2 = 1 - ssr / tss;
        double adjR2 = 1 - (double) (n - k0) / dfResid * (1 - r2);
        double scale = ssr / dfResid;
        double[][] bread = ls.inverseGram();
        double[][] cov = covariance(bread, x, e, scale, n, p + absorbed, data, d, fe);
        boolean useT = covariance == CovarianceType.NONROBUST;
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(cov[j][j]);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = sw[i] * sw[i];
        }
        double llf = InformationCriteria.gaussianLogLikelihood(ssr, w);
        // statsmodels tests cluster-robust fits against F(q, G - 1), G the number of clusters
        int dfDenominator = covariance == CovarianceType.CLUSTER ? clusterCount(data, d) - 1 : dfResid;
        double[] fTest = fTest(b, cov, d, dfModel, dfDenominator, useT, tss, ssr);
        List<Coefficient> coefficients = new ArrayList<>();
        TDistribution t = TDistribution.of(dfResid);
        NormalDistribution z = NormalDistribution.of(0, 1);
        double q = useT ? t.inverseSurvivalProbability(0.025) : z.inverseSurvivalProbability(0.025);
        for (int j = 0; j < p; j++) {
            double stat = b[j] / se[j];
            double pv = 2 * (useT ? t.survivalProbability(Math.abs(stat)) : z.survivalProbability(Math.abs(stat)));
            coefficients.add(new Coefficient(d.names().get(j), b[j], se[j], stat, pv, b[j] - q * se[j],
                    b[j] + q * se[j]));
        }
        return new OlsResult(formula, d.responseName(), coefficients, covariance, useT, n, dfModel, dfResid, r2, adjR2,
                fTest[0], fTest[1], Math.sqrt(scale), llf, InformationCriteria.aic(llf, p + absorbed),
                InformationCriteria.bic(llf, p + absorbed, n),
                conditionNumber(ls.designSingularValues()), ResidualDiagnostics.of(e), d.droppedRows(), cov, dfDenominator);
    }

    /** Rows whose weight or cluster value is missing are left out with the rest of the incomplete rows. */
    private Frame withoutMissingAux(Frame data) {
        Frame out = data;
        for (String aux : new String[] {weightsColumn, clusterColumn, absorbColumn}) {
            if (aux != null) {
                Column c = data.column(aux);
                out = out.filter(i -> !c.isMissing(i));
            }
        }
        return out;
    }

    private double[] sqrtWeights(Frame data, DesignMatrix d) {
        double[] sw = new double[d.n()];
        java.util.Arrays.fill(sw, 1);
        if (weightsColumn == null) {
            return sw;
        }
        Frame kept = withoutMissingAux(data);
        double[] w = kept.numeric(weightsColumn).toArray();
        for (int i = 0; i < sw.length; i++) {
            double wi = w[d.rows()[i]];
            if (!(wi > 0) || Double.isInfinite(wi)) {
                throw new IllegalArgumentException("weights column '" + weightsColumn + "' must be positive and finite;"
                        + " row " + (d.rows()[i] + 1) + " has " + wi);
            }
            sw[i] = Math.sqrt(wi);
        }
        return sw;
    }

    private static double[][] scaleRows(double[][] columns, double[] s) {
        double[][] out = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] == null) {
                continue;
            }
            out[j] = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                out[j][i] = columns[j][i] * s[i];
            }
        }
        return out;
    }

    private static double totalSumOfSquares(double[] y, double[] sw, boolean centred) {
        double wSum = 0;
        double wySum = 0;
        for (int i = 0; i < y.length; i++) {
            double w = sw[i] * sw[i];
            wSum += w;
            wySum += w * y[i];
        }
        double mean = centred ? wySum / wSum : 0;
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            double dlt = y[i] - mean;
            tss += sw[i] * sw[i] * dlt * dlt;
        }
        return tss;
    }

    /**
     * The coefficient covariance. {@code parameters} counts absorbed effects too (for the small-sample
     * corrections); {@code fe} is null without them, else adds its leverage to the HC2/HC3 hat values.
     */
    private double[][] covariance(double[][] bread, double[][] x, double[] e, double scale, int n, int parameters,
                                  Frame data, DesignMatrix d, FixedEffects fe) {
        int k = x.length;
        if (covariance == CovarianceType.NONROBUST) {
            double[][] c = new double[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    c[a][b] = scale * bread[a][b];
                }
            }
            return c;
        }
        double[][] meat = new double[k][k];
        if (covariance == CovarianceType.CLUSTER) {
            Column groups = withoutMissingAux(data).column(clusterColumn);
            Map<String, double[]> sums = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double[] s = sums.computeIfAbsent(groups.format(d.rows()[i]), g -> new double[k]);
                for (int j = 0; j < k; j++) {
                    s[j] += x[j][i] * e[i];
                }
            }
            int g = sums.size();
            if (g < 2) {
                throw new IllegalArgumentException("cluster column '" + clusterColumn + "' has a single group");
            }
            for (double[] s : sums.values()) {
                addOuter(meat, s, 1);
            }
            double correction = (double) g / (g - 1) * (n - 1.0) / (n - parameters);
            return sandwich(bread, meat, correction);
        }
        double[] xi = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                xi[j] = x[j][i];
            }
            double w = e[i] * e[i];
            if (covariance == CovarianceType.HC2 || covariance == CovarianceType.HC3) {
                double h = fe == null ? 0 : fe.leverage()[i];
                for (int a = 0; a < k; a++) {
                    for (int b = 0; b < k; b++) {
                        h += xi[a] * bread[a][b] * xi[b];
                    }
                }
                w = covariance == CovarianceType.HC2 ? w / (1 - h) : w / ((1 - h) * (1 - h));
            }
            addOuter(meat, xi, w);
        }
        double correction = covariance == CovarianceType.HC1 ? (double) n / (n - parameters) : 1;
        return sandwich(bread, meat, correction);
    }

    private int clusterCount(Frame data, DesignMatrix d) {
        Column groups = withoutMissingAux(data).column(clusterColumn);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int row : d.rows()) {
            seen.add(groups.format(row));
        }
        return seen.size();
    }

    private static void addOuter(double[][] m, double[] v, double w) {
        for (int a = 0; a < v.length; a++) {
            for (int b = 0; b < v.length; b++) {
                m[a][b] += w * v[a] * v[b];
            }
        }
    }

    private static double[][] sandwich(double[][] bread, double[][] meat, double factor) {
        DMatrixRMaj b = new DMatrixRMaj(bread);
        DMatrixRMaj m = new DMatrixRMaj(meat);
        DMatrixRMaj tmp = new DMatrixRMaj(b.numRows, b.numCols);
        DMatrixRMaj out = new DMatrixRMaj(b.numRows, b.numCols);
        CommonOps_DDRM.mult(b, m, tmp);
        CommonOps_DDRM.mult(tmp, b, out);
        double[][] c = new double[b.numRows][b.numCols];
        for (int i = 0; i < b.numRows; i++) {
            for (int j = 0; j < b.numCols; j++) {
                c[i][j] = out.get(i, j) * factor;
            }
        }
        return c;
    }

    /** F and its p-value for "every coefficient but the intercept is 0". */
    private static double[] fTest(double[] b, double[][] cov, DesignMatrix d, int dfModel, int dfResid,
                                  boolean classical, double tss, double ssr) {
        if (dfModel == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double f;
        if (classical) {
            f = ((tss - ssr) / dfModel) / (ssr / dfResid);
        } else {
            int[] idx = new int[dfModel];
            int k = 0;
            for (int j = 0; j < b.length; j++) {
                if (!d.names().get(j).equals("Intercept")) {
                    idx[k++] = j;
                }
            }
            DMatrixRMaj v = new DMatrixRMaj(dfModel, dfModel);
            DMatrixRMaj r = new DMatrixRMaj(dfModel, 1);
            for (int a = 0; a < dfModel; a++) {
                r.set(a, 0, b[idx[a]]);
                for (int c = 0; c < dfModel; c++) {
                    v.set(a, c, cov[idx[a]][idx[c]]);
                }
            }
            DMatrixRMaj sol = new DMatrixRMaj(dfModel, 1);
            if (!CommonOps_DDRM.solve(v, r, sol)) {
                return new double[] {Double.NaN, Double.NaN};
            }
            f = CommonOps_DDRM.dot(r, sol) / dfModel;
        }
        return new double[] {f, FDistribution.of(dfModel, dfResid).survivalProbability(f)};
    }

    private static double conditionNumber(double[] singularValues) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : singularValues) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max / min;
    }
}
