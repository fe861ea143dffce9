package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.List;
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
     * The placebo effect with the fake start at the last pre-period that both groups share. {@code spec} must
     * name a time column with at least two pre-period values.
     */
    public static DidFit run(Frame data, DidSpec spec, DidRegression regression) {
        return run(data, spec, regression, Double.NaN);
    }

    /**
     * The placebo effect with the fake start at {@code fakeStart} (NaN for the last pre-period both groups share): pre-period rows
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
        double[] treated = pre.numeric(spec.treated()).toArray();
        TreeSet<Double> periods = new TreeSet<>();
        List<TreeSet<Double>> byGroup = List.of(new TreeSet<>(), new TreeSet<>());
        for (int i = 0; i < time.length; i++) {
            periods.add(time[i]);
            byGroup.get((int) treated[i]).add(time[i]);
        }
        byGroup.get(0).retainAll(byGroup.get(1));
        if (periods.size() < 2) {
            throw new IllegalArgumentException("a placebo test needs at least two pre-period times; the time column '"
                    + spec.time() + "' has " + periods.size() + " before the start (" + periods + ")");
        }
        if (Double.isNaN(fakeStart) && byGroup.get(0).isEmpty()) {
            throw new IllegalArgumentException("the treated and control groups share no pre-period time; give the placebo"
                    + " start explicitly");
        }
        double start = Double.isNaN(fakeStart) ? byGroup.get(0).last() : fakeStart;
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
