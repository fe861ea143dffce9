package dev.lathe.model.linear;

import dev.lathe.loss.Loss;
import dev.lathe.loss.Losses;
import dev.lathe.math.LeastSquares;
import dev.lathe.math.RankDeficientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finishes an unpenalised binary logistic fit with Newton steps (iteratively reweighted least squares,
 * each solved by {@link LeastSquares} on the design scaled by sqrt(p (1 - p))) and computes the
 * maximum-likelihood summary at the converged estimates. Newton's quadratic convergence takes the
 * quasi-Newton solution to full precision, as statsmodels' Newton fit does.
 */
final class LogitInference {

    private static final int MAX_NEWTON_STEPS = 50;
    private static final int MAX_HALVINGS = 30;
    /** Converged when no Newton step entry exceeds this, relative to the largest estimate (at least 1). */
    private static final double STEP_TOLERANCE = 1e-10;
    private static final Loss LOG_LOSS = Losses.log();

    private LogitInference() {
    }

    /**
     * The summary of the unpenalised fit, starting Newton from {@code start} (the intercept first when
     * fitted, then the coefficients); its coefficients are the refined estimates.
     *
     * @throws IllegalArgumentException when features are collinear or the classes are separated, so the
     *                                  estimates are not unique or do not exist
     */
    static LogitSummary summarise(double[][] x, List<String> features, int[] y, boolean intercept, double[] start) {
        int n = y.length;
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        if (intercept) {
            names.add("intercept");
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            columns.add(ones);
        }
        names.addAll(features);
        columns.addAll(List.of(x));
        double[][] design = columns.toArray(new double[0][]);
        try {
            LeastSquares.of(design);
        } catch (RankDeficientException e) {
            List<String> dependent = e.dependentColumns().stream().map(names::get).toList();
            throw new IllegalArgumentException("feature(s) " + dependent + " are linear combinations of the others"
                    + (intercept ? " and the intercept" : "") + ", so the unpenalised estimates are not unique;"
                    + " drop them or use penalty l2");
        }
        double[] theta = start.clone();
        double[] eta = linearPredictor(design, theta);
        double logLikelihood = logLikelihood(y, eta);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] delta = newtonStep(design, y, eta);
            double largest = 1;
            double change = 0;
            for (int k = 0; k < theta.length; k++) {
                largest = Math.max(largest, Math.abs(theta[k]));
                change = Math.max(change, Math.abs(delta[k]));
            }
            double[] trial = new double[theta.length];
            for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
                for (int k = 0; k < theta.length; k++) {
                    trial[k] = theta[k] + delta[k];
                }
                eta = linearPredictor(design, trial);
                double trialLikelihood = logLikelihood(y, eta);
                if (trialLikelihood >= logLikelihood - 1e-12 * Math.abs(logLikelihood) || halving == MAX_HALVINGS) {
                    logLikelihood = trialLikelihood;
                    break;
                }
                for (int k = 0; k < delta.length; k++) {
                    delta[k] /= 2;
                }
            }
            theta = trial;
            if (change <= STEP_TOLERANCE * largest) {
                return new LogitSummary(names, theta, weightedDesign(design, eta).inverseGram(), logLikelihood,
                        nullLogLikelihood(y), n, intercept);
            }
        }
        throw separated();
    }

    /** The Newton step at linear predictor {@code eta}: the weighted least-squares fit of the working residuals. */
    private static double[] newtonStep(double[][] design, int[] y, double[] eta) {
        double[] r = new double[eta.length];
        for (int i = 0; i < r.length; i++) {
            double mu = Losses.sigmoid(eta[i]);
            r[i] = (y[i] - mu) / Math.sqrt(mu * (1 - mu));
        }
        return weightedDesign(design, eta).solve(r);
    }

    /** The design scaled row by row by sqrt(p (1 - p)), factorised. */
    private static LeastSquares weightedDesign(double[][] design, double[] eta) {
        double[][] scaled = new double[design.length][eta.length];
        for (int i = 0; i < eta.length; i++) {
            double mu = Losses.sigmoid(eta[i]);
            double root = Math.sqrt(mu * (1 - mu));
            if (!(root > 0)) {
                throw separated();
            }
            for (int j = 0; j < design.length; j++) {
                scaled[j][i] = root * design[j][i];
            }
        }
        try {
            return LeastSquares.of(scaled);
        } catch (RankDeficientException e) {
            throw separated();
        }
    }

    private static double[] linearPredictor(double[][] design, double[] theta) {
        double[] eta = new double[design[0].length];
        LogisticLoss.addScores(design, theta, 0, 0, eta, 0, 0, eta.length);
        return eta;
    }

    private static double logLikelihood(int[] y, double[] eta) {
        double sum = 0;
        for (int i = 0; i < eta.length; i++) {
            sum -= LOG_LOSS.value(y[i], eta[i]);
        }
        return sum;
    }

    /** Log-likelihood of the model with an intercept only (as statsmodels, also when none was fitted). */
    private static double nullLogLikelihood(int[] y) {
        double ones = 0;
        for (int v : y) {
            ones += v;
        }
        double zeros = y.length - ones;
        return ones * Math.log(ones / y.length) + zeros * Math.log(zeros / y.length);
    }

    private static IllegalArgumentException separated() {
        return new IllegalArgumentException("the unpenalised fit does not converge: the classes are (almost)"
                + " perfectly separated by the features, so the maximum-likelihood estimates do not exist;"
                + " use penalty l2 or drop the separating features");
    }
}
