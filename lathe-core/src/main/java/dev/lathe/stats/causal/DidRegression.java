package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.regression.CovarianceType;
import dev.lathe.stats.regression.Ols;
import dev.lathe.stats.regression.OlsResult;
import java.util.regex.Pattern;

/**
 * Regression difference in differences. {@link #fit}: {@code outcome ~ treated * post (+ covariates)}, whose
 * {@code treated:post} coefficient equals the difference of the four means when there are no covariates.
 * {@link #fitTwoWay}: two-way fixed effects {@code outcome ~ treated:post + C(time) (+ covariates)} with the
 * unit effects absorbed (the same estimates and standard errors as {@code + C(unit)} dummies, at a cost linear in
 * the units), for many periods. Classical, HC0-HC3 or cluster-robust standard errors come from {@link Ols}, with
 * statsmodels' small-sample corrections.
 *
 * @param covariance how standard errors are estimated (default nonrobust)
 * @param cluster    the cluster column for CLUSTER; null there means the design's unit column; must be null
 *                   for the other covariance types
 */
public record DidRegression(CovarianceType covariance, String cluster) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    public DidRegression {
        if (covariance == null) {
            throw new IllegalArgumentException("covariance type must be given");
        }
        if (cluster != null && covariance != CovarianceType.CLUSTER) {
            throw new IllegalArgumentException("a cluster column ('" + cluster + "') needs the cluster covariance, not "
                    + covariance.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Classical standard errors. */
    public DidRegression() {
        this(CovarianceType.NONROBUST, null);
    }

    /** Fits the regression on the complete rows of {@code data}. */
    public DidFit fit(Frame data, DidSpec spec) {
        Frame work = numericIndicators(data, spec);
        String t = term(spec.treated());
        String p = term(spec.post());
        StringBuilder formula = new StringBuilder(term(spec.outcome())).append(" ~ ").append(t).append(" + ")
                .append(p).append(" + ").append(t).append(':').append(p);
        for (String c : spec.covariates()) {
            formula.append(" + ").append(c);
        }
        return fitEffect(work, spec, formula.toString(), spec.treated() + ":" + spec.post());
    }

    /**
     * Two-way fixed effects on a panel: unit and period dummies absorb the group and period effects, and the
     * {@code treated:post} coefficient is the effect. {@code spec} must name unit and time columns.
     */
    public DidFit fitTwoWay(Frame data, DidSpec spec) {
        requirePanel(spec, "two-way fixed effects");
        Frame work = numericIndicators(data, spec);
        String effect = term(spec.treated()) + ":" + term(spec.post());
        OlsResult result = ols(spec).absorbing(spec.unit()).fit(work, formula(spec, effect));
        return new DidFit(result, result.coefficient(spec.treated() + ":" + spec.post()));
    }

    /** {@code outcome ~ terms + C(time) + covariates}, to be fitted with the unit effects absorbed. */
    static String formula(DidSpec spec, String terms) {
        StringBuilder f = new StringBuilder(term(spec.outcome())).append(" ~ ").append(terms)
                .append(" + C(").append(term(spec.time())).append(')');
        for (String c : spec.covariates()) {
            f.append(" + ").append(c);
        }
        return f.toString();
    }

    /** Refuses a design without unit and time columns for {@code what}. */
    static void requirePanel(DidSpec spec, String what) {
        if (spec.unit() == null || spec.time() == null) {
            throw new IllegalArgumentException(what + " needs a unit and a time column (unit: " + spec.unit()
                    + ", time: " + spec.time() + ")");
        }
    }

    private DidFit fitEffect(Frame work, DidSpec spec, String formula, String effectTerm) {
        OlsResult result = ols(spec).fit(work, formula);
        return new DidFit(result, result.coefficient(effectTerm));
    }

    /** The least-squares fitter with this covariance for {@code spec}. */
    Ols ols(DidSpec spec) {
        if (covariance != CovarianceType.CLUSTER) {
            return new Ols(covariance, null, null);
        }
        String by = cluster != null ? cluster : spec.unit();
        if (by == null) {
            throw new IllegalArgumentException("cluster-robust standard errors need a cluster column or a unit column");
        }
        return new Ols(covariance, by, null);
    }

    /**
     * The complete design rows of {@code data} (checked by {@link DidRows}) with treated and post as numeric 0/1
     * columns, so that formulas name them plainly whatever their type was.
     */
    static Frame numericIndicators(Frame data, DidSpec spec) {
        DidRows rows = DidRows.of(data, spec);
        Frame kept = data.take(rows.rows());
        return kept.withColumn(NumericColumn.wrap(spec.treated(), toDouble(rows.treated())))
                .withColumn(NumericColumn.wrap(spec.post(), toDouble(rows.post())));
    }

    /** {@code column} as a formula term: as written when it is a plain name, else in backticks. */
    static String term(String column) {
        return PLAIN.matcher(column).matches() ? column : "`" + column + "`";
    }

    private static double[] toDouble(byte[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
