package dev.lathe.stats.regression;

import dev.lathe.stats.formula.DesignMatrix;
import dev.lathe.stats.formula.Formula;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Binary logistic regression by maximum likelihood (Newton-Raphson, that is iteratively reweighted least
 * squares), as statsmodels' {@code Logit}: no penalty, standard errors from the inverse information matrix.
 * The response must hold 0 and 1 (or false and true). This is the statistics-layer fit, for propensity scores
 * and inference; the learning-layer classifier is {@code model.linear.LogisticRegression}.
 *
 * @param tolerance     convergence when no coefficient moves by more than this (default 1e-10, > 0)
 * @param maxIterations Newton steps allowed (default 100, at least 1)
 */
public record Logit(double tolerance, int maxIterations) {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    public Logit {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("tolerance must be > 0 and maxIterations >= 1, got " + tolerance
                    + " and " + maxIterations);
        }
    }

    /** Tolerance 1e-10, at most 100 steps. */
    public Logit() {
        this(1e-10, 100);
    }

    /** Fits {@code formula} (see {@link Formula}) on {@code data}. */
    public LogitResult fit(dev.lathe.frame.Frame data, String formula) {
        return fit(DesignMatrix.of(Formula.parse(formula), data), formula);
    }

    /** Fits the design {@code d}; {@code formula} only labels the result. */
    public LogitResult fit(DesignMatrix d, String formula) {
        int n = d.n();
        int p = d.p();
        double[] y = d.response();
        int ones = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("the response '" + d.responseName() + "' of a logit must be 0 or 1;"
                        + " row " + (d.rows()[i] + 1) + " has " + y[i]);
            }
            ones += (int) y[i];
        }
        if (ones == 0 || ones == n) {
            throw new IllegalArgumentException("the response '" + d.responseName() + "' is " + (ones == 0 ? 0 : 1)
                    + " in all " + n + " rows; a logit needs both classes");
        }
        if (n <= p) {
            throw new IllegalArgumentException("'" + formula + "' has " + p + " parameters for " + n + " rows");
        }
        double[][] x = d.columns();
        double[] b = new double[p];
        double[] mu = new double[n];
        DMatrixRMaj info = new DMatrixRMaj(p, p);
        DMatrixRMaj grad = new DMatrixRMaj(p, 1);
        DMatrixRMaj step = new DMatrixRMaj(p, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(p);
        int iterations = 0;
        boolean converged = false;
        while (!converged) {
            if (iterations == maxIterations) {
                throw new IllegalArgumentException("the logit '" + formula + "' did not converge in " + maxIterations
                        + " iterations; a covariate may separate the classes perfectly");
            }
            probabilities(x, b, mu);
            information(x, mu, y, info, grad);
            if (!solver.setA(info.copy()) || solver.quality() < 1e-14) {
                throw new IllegalArgumentException("the information matrix of '" + formula + "' is singular: the"
                        + " covariates are collinear or separate the classes perfectly");
            }
            solver.solve(grad, step);
            double largest = 0;
            for (int j = 0; j < p; j++) {
                b[j] += step.get(j);
                largest = Math.max(largest, Math.abs(step.get(j)));
            }
            iterations++;
            converged = largest <= tolerance * Math.max(1, maxAbs(b));
        }
        probabilities(x, b, mu);
        information(x, mu, y, info, grad);
        DMatrixRMaj inverse = new DMatrixRMaj(p, p);
        if (!CommonOps_DDRM.invert(info, inverse)) {
            throw new IllegalArgumentException("the information matrix of '" + formula + "' is singular");
        }
        double[][] cov = new double[p][p];
        List<Coefficient> coefficients = new ArrayList<>();
        double q = Z.inverseSurvivalProbability(0.025);
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                cov[j][k] = inverse.get(j, k);
            }
            double se = Math.sqrt(cov[j][j]);
            double z = b[j] / se;
            coefficients.add(new Coefficient(d.names().get(j), b[j], se, z, 2 * Z.survivalProbability(Math.abs(z)),
                    b[j] - q * se, b[j] + q * se));
        }
        double share = (double) ones / n;
        double llNull = ones * Math.log(share) + (n - ones) * Math.log1p(-share);
        return new LogitResult(formula, coefficients, cov, logLikelihood(x, b, y), llNull, iterations, mu.clone(),
                d.rows().clone());
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static void probabilities(double[][] x, double[] b, double[] mu) {
        for (int i = 0; i < mu.length; i++) {
            mu[i] = 1 / (1 + Math.exp(-linear(x, b, i)));
        }
    }

    private static double linear(double[][] x, double[] b, int i) {
        double eta = 0;
        for (int j = 0; j < b.length; j++) {
            eta += x[j][i] * b[j];
        }
        return eta;
    }

    /** Fills X'WX (W = mu (1 - mu)) and the score X'(y - mu). */
    private static void information(double[][] x, double[] mu, double[] y, DMatrixRMaj info, DMatrixRMaj grad) {
        int p = x.length;
        info.zero();
        grad.zero();
        for (int i = 0; i < mu.length; i++) {
            double w = mu[i] * (1 - mu[i]);
            double r = y[i] - mu[i];
            for (int j = 0; j < p; j++) {
                grad.add(j, 0, x[j][i] * r);
                double wx = w * x[j][i];
                for (int k = 0; k <= j; k++) {
                    info.add(j, k, wx * x[k][i]);
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) {
                info.set(k, j, info.get(j, k));
            }
        }
    }

    /** sum y eta - log(1 + e^eta), computed stably. */
    private static double logLikelihood(double[][] x, double[] b, double[] y) {
        double ll = 0;
        for (int i = 0; i < y.length; i++) {
            double eta = linear(x, b, i);
            double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            ll += y[i] * eta - softplus;
        }
        return ll;
    }
}
