package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.OlsResult;
import dev.lathe.stats.regression.WaldTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event study with leads and lags: {@code outcome ~ sum_k 1[event time = k] + C(time)} with unit effects absorbed
 * (as {@code + C(unit)}), one dummy per
 * event time k of treated rows except the reference k = -1, so each coefficient is the treated-control gap at
 * k relative to the period before the start. A unit's start is its first period with post = 1 (staggered
 * starts are allowed); a treated unit never seen after the start takes the treated group's earliest post
 * period. Event times before {@code -leads} or after {@code lags} are binned into the end dummies. The
 * joint Wald test of the leads checks parallel pre-trends.
 *
 * @param regression covariance of the fit (cluster-robust by unit is the usual choice)
 * @param leads      most leads kept separately (at least 2, since -1 is the reference); {@link Integer#MAX_VALUE} for all
 * @param lags       most lags kept separately after 0 (at least 0); {@link Integer#MAX_VALUE} for all
 */
public record EventStudy(DidRegression regression, int leads, int lags) {

    /** The omitted event time. */
    public static final int REFERENCE = -1;

    public EventStudy {
        if (regression == null) {
            throw new IllegalArgumentException("the regression settings must be given");
        }
        if (leads < 2 || lags < 0) {
            throw new IllegalArgumentException("leads must be at least 2 and lags at least 0, got leads " + leads
                    + ", lags " + lags);
        }
    }

    /** Every lead and lag with {@code regression}'s covariance. */
    public EventStudy(DidRegression regression) {
        this(regression, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Fits the event study; {@code spec} must name numeric unit and time columns with whole-number periods. */
    public EventStudyResult fit(Frame data, DidSpec spec) {
        DidRegression.requirePanel(spec, "an event study");
        Frame work = DidRegression.numericIndicators(data, spec);
        int[] eventTime = eventTimes(work, spec);
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int k : eventTime) {
            if (k != Integer.MIN_VALUE) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        counts.remove(REFERENCE);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("the treated rows are all at event time -1; nothing to estimate");
        }
        List<String> names = new ArrayList<>();
        for (int k : counts.keySet()) {
            double[] dummy = new double[eventTime.length];
            for (int i = 0; i < dummy.length; i++) {
                dummy[i] = eventTime[i] == k ? 1 : 0;
            }
            String name = name(k);
            names.add(name);
            work = work.withColumn(NumericColumn.wrap(name, dummy));
        }
        OlsResult fit = regression.ols(spec).absorbing(spec.unit())
                .fit(work, DidRegression.formula(spec, String.join(" + ", names)));
        List<EventCoefficient> out = new ArrayList<>();
        List<String> leadTerms = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            Coefficient c = fit.coefficient(name(e.getKey()));
            out.add(new EventCoefficient(e.getKey(), c.estimate(), c.stdError(), c.pValue(), c.ciLow(), c.ciHigh(),
                    e.getValue()));
            if (e.getKey() < REFERENCE) {
                leadTerms.add(c.term());
            }
        }
        WaldTest preTrend = leadTerms.isEmpty() ? null : WaldTest.of(fit, leadTerms);
        return new EventStudyResult(out, REFERENCE, preTrend, fit);
    }

    private static String name(int k) {
        return k < 0 ? "event_lead" + (-k) : "event_lag" + k;
    }

    /** Binned event time of each row of {@code work}; Integer.MIN_VALUE for control rows. */
    private int[] eventTimes(Frame work, DidSpec spec) {
        double[] time = Indicators.numeric(work, "time", spec.time());
        double[] treated = work.numeric(spec.treated()).toArray();
        double[] post = work.numeric(spec.post()).toArray();
        var unit = work.column(spec.unit());
        Map<String, Double> start = new HashMap<>();
        double groupStart = Double.POSITIVE_INFINITY;
        for (int i = 0; i < time.length; i++) {
            if (time[i] != Math.rint(time[i])) {
                throw new IllegalArgumentException("the time column '" + spec.time() + "' must hold whole periods; row "
                        + (i + 1) + " of the design has " + NumericColumn.format(time[i]));
            }
            if (treated[i] == 1 && post[i] == 1) {
                start.merge(unit.format(i), time[i], Math::min);
                groupStart = Math.min(groupStart, time[i]);
            }
        }
        if (groupStart == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("no treated row has '" + spec.post() + "' = 1; the event time is unknown");
        }
        int[] k = new int[time.length];
        for (int i = 0; i < k.length; i++) {
            if (treated[i] != 1) {
                k[i] = Integer.MIN_VALUE;
                continue;
            }
            long rel = (long) (time[i] - start.getOrDefault(unit.format(i), groupStart));
            k[i] = (int) Math.max(Math.min(rel, lags), -(long) leads);
        }
        return k;
    }
}
