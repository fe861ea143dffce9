package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.TreeSet;

/**
 * Placebo test on the pre-periods: keeps only rows before the real start, pretends the treatment started at
 * {@code fakeStart} and estimates the regression difference in differences. Under parallel trends the placebo
 * effect is close to 0; a significant one warns that the groups were already diverging.
 */
public final class PlaceboTest {

    private PlaceboTest() {
    }

    /**
     * The placebo effect with the fake start at the last pre-period (the placebo "post" is that period alone).
     * {@code spec} must name a time column with at least two pre-period values.
     */
    public static DidFit run(Frame data, DidSpec spec, DidRegression regression) {
        return run(data, spec, regression, Double.NaN);
    }

    /**
     * The placebo effect with the fake start at {@code fakeStart} (NaN for the last pre-period): pre-period rows
     * with time >= fakeStart play the post period.
     */
    public static DidFit run(Frame data, DidSpec spec, DidRegression regression, double fakeStart) {
        if (spec.time() == null) {
            throw new IllegalArgumentException("a placebo test needs a time column");
        }
        Frame work = DidRegression.numericIndicators(data, spec);
        double[] post = work.numeric(spec.post()).toArray();
        Frame pre = work.filter(i -> post[i] == 0);
        double[] time = Indicators.numeric(pre, "time", spec.time());
        TreeSet<Double> periods = new TreeSet<>();
        for (double t : time) {
            periods.add(t);
        }
        if (periods.size() < 2) {
            throw new IllegalArgumentException("a placebo test needs at least two pre-period times; the time column '"
                    + spec.time() + "' has " + periods.size() + " before the start (" + periods + ")");
        }
        double start = Double.isNaN(fakeStart) ? periods.last() : fakeStart;
        if (!(start > periods.first() && start <= periods.last())) {
            throw new IllegalArgumentException("the placebo start " + NumericColumn.format(start) + " must lie after the first"
                    + " pre-period " + NumericColumn.format(periods.first()) + " and no later than the last "
                    + NumericColumn.format(periods.last()));
        }
        double[] fake = new double[time.length];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = time[i] >= start ? 1 : 0;
        }
        return regression.fit(pre.withColumn(NumericColumn.wrap(spec.post(), fake)), spec);
    }
}
