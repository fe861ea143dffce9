package dev.lathe.model.linear;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.RankDeficientException;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Regressor;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear quantile regression (Koenker and Bassett 1978): the linear function of the features below which
 * the share {@code quantile} of the target lies, found by minimising the pinball loss exactly, as a linear
 * program solved by a Barrodale-Roberts simplex; like R quantreg's {@code rq(method = "br")} the solution
 * is a vertex that interpolates as many rows as it has parameters. Standard errors and tests:
 * {@link Fitted#summary}.
 *
 * @param quantile     {@code quantile}: the quantile q to model, strictly between 0 and 1; default 0.5
 *                     (median regression, least absolute deviations)
 * @param fitIntercept {@code fit_intercept}: whether to fit an intercept; default true
 * @param maxIter      {@code max_iter}: most simplex steps before fitting fails, at least 1; default 10000
 * @param tol          {@code tol}: relative tolerance below which a residual counts as zero and an edge of
 *                     the simplex as flat, greater than 0; default 1e-9
 */
public record QuantileRegression(double quantile, boolean fitIntercept, int maxIter, double tol) implements Estimator {

    /** The intercept's name among summary terms. */
    public static final String INTERCEPT = "(intercept)";

    /** Validates the hyperparameters. */
    public QuantileRegression {
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be strictly between 0 and 1, got " + quantile);
        }
        Check.atLeast("max_iter", maxIter, 1);
        Check.positive("tol", tol);
    }

    /** Median regression with an intercept. */
    public QuantileRegression() {
        this(0.5);
    }

    /** Regression of quantile {@code quantile} in (0, 1) with an intercept and default solver settings. */
    public QuantileRegression(double quantile) {
        this(quantile, true, 10_000, 1e-9);
    }

    /**
     * Fits the coefficients.
     *
     * @throws IllegalArgumentException on missing or infinite values, fewer rows than parameters, or a
     *                                  rank-deficient design ({@link RankDeficientException})
     * @throws IllegalStateException    when the optimum is not reached within {@code max_iter} steps
     */
    @Override
    public Fitted fit(Frame x, Column y) {
        double[][] design = design(Features.matrix(x), fitIntercept);
        double[] target = checkedTarget(y, x.rowCount());
        List<String> terms = terms(x.names(), fitIntercept);
        if (target.length < design.length) {
            throw new IllegalArgumentException("quantile regression needs at least as many rows as parameters: "
                    + target.length + " rows for " + design.length + " parameters (" + String.join(", ", terms) + ")");
        }
        double[] b;
        try {
            b = QuantileSimplex.solve(design, target, quantile, maxIter, tol);
        } catch (RankDeficientException e) {
            List<String> dependent = e.dependentColumns().stream().map(j -> "'" + terms.get(j) + "'").toList();
            throw new RankDeficientException(e.dependentColumns(), "the design is rank deficient: "
                    + String.join(", ", dependent) + (dependent.size() == 1 ? " is" : " are")
                    + " a linear combination of the other columns (a constant, duplicated or derived feature);"
                    + " drop it or combine the columns");
        }
        int offset = fitIntercept ? 1 : 0;
        return new Fitted(quantile, x.names(), fitIntercept ? b[0] : 0, Arrays.copyOfRange(b, offset, b.length),
                fitIntercept);
    }

    @Override
    public Task task() {
        return Task.REGRESSION;
    }

    /** The design, column-major, with a leading column of ones when {@code intercept}. */
    static double[][] design(double[][] features, boolean intercept) {
        if (!intercept) {
            return features;
        }
        double[][] out = new double[features.length + 1][];
        out[0] = new double[features[0].length];
        Arrays.fill(out[0], 1);
        System.arraycopy(features, 0, out, 1, features.length);
        return out;
    }

    private static List<String> terms(List<String> features, boolean intercept) {
        List<String> out = new ArrayList<>();
        if (intercept) {
            out.add(INTERCEPT);
        }
        out.addAll(features);
        return out;
    }

    private static double[] checkedTarget(Column y, int rows) {
        double[] target = Targets.numeric(y);
        if (target.length != rows) {
            throw new IllegalArgumentException("target '" + y.name() + "' has " + target.length
                    + " rows, the features " + rows);
        }
        return target;
    }

    /**
     * A fitted quantile regression line: prediction = intercept + sum of slope times feature.
     *
     * @param quantile     the modelled quantile, in (0, 1)
     * @param features     the feature names, in fitting order; prediction reads the columns by name
     * @param intercept    the intercept (0 when none was fitted)
     * @param slopes       one coefficient per feature
     * @param fitIntercept whether the intercept was fitted
     */
    public record Fitted(double quantile, List<String> features, double intercept, double[] slopes,
                         boolean fitIntercept) implements Regressor {

        /** Type name in model files. */
        public static final String TYPE = "quantile_regression";

        /** Copies the arguments and checks that they agree. */
        public Fitted {
            features = List.copyOf(features);
            slopes = slopes.clone();
            if (slopes.length != features.size()) {
                throw new IllegalArgumentException(slopes.length + " slopes for " + features.size() + " features");
            }
            if (!(quantile > 0 && quantile < 1) || !Double.isFinite(intercept) || (!fitIntercept && intercept != 0)
                    || !Arrays.stream(slopes).allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("invalid quantile regression coefficients");
            }
        }

        /** A copy of the slopes, in the order of {@link #features()}. */
        @Override
        public double[] slopes() {
            return slopes.clone();
        }

        /** The slope of each feature by name, in fitting order (the intercept is {@link #intercept()}). */
        public Map<String, Double> coefficients() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int j = 0; j < slopes.length; j++) {
                out.put(features.get(j), slopes[j]);
            }
            return Collections.unmodifiableMap(out);
        }

        /** The fitted quantile for each row of {@code x}, which must hold the feature columns (by name). */
        @Override
        public double[] predict(Frame x) {
            return predict(Features.matrix(x.select(features)));
        }

        private double[] predict(double[][] columns) {
            double[] out = new double[columns[0].length];
            Arrays.fill(out, intercept);
            for (int j = 0; j < slopes.length; j++) {
                double b = slopes[j];
                double[] col = columns[j];
                for (int i = 0; i < out.length; i++) {
                    out[i] += b * col[i];
                }
            }
            return out;
        }

        /** {@link #summary(Frame, Column, QuantileSummary.Covariance)} with the robust (sandwich) covariance. */
        public QuantileSummary summary(Frame x, Column y) {
            return summary(x, y, QuantileSummary.Covariance.ROBUST);
        }

        /**
         * Standard errors, tests and fit statistics of this model on the data it was fitted to.
         *
         * @param x          the training features (read by name)
         * @param y          the training target
         * @param covariance how to estimate the coefficients' covariance
         * @throws IllegalArgumentException when the data leave no residual degrees of freedom or the
         *                                  density of the residuals cannot be estimated (see {@link QuantileSummary})
         */
        public QuantileSummary summary(Frame x, Column y, QuantileSummary.Covariance covariance) {
            double[][] columns = Features.matrix(x.select(features));
            double[] target = checkedTarget(y, x.rowCount());
            double[] b = new double[slopes.length + (fitIntercept ? 1 : 0)];
            if (fitIntercept) {
                b[0] = intercept;
            }
            System.arraycopy(slopes, 0, b, b.length - slopes.length, slopes.length);
            return QuantileSummary.of(quantile, terms(features, fitIntercept), design(columns, fitIntercept), target,
                    b, covariance);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("quantile", quantile);
            out.put("fit_intercept", fitIntercept);
            out.put("features", features);
            out.put("intercept", intercept);
            out.doubles("slopes", slopes);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            return new Fitted(in.getDouble("quantile"), in.getStrings("features"), in.getDouble("intercept"),
                    in.doubles("slopes"), in.getBoolean("fit_intercept"));
        }
    }
}
