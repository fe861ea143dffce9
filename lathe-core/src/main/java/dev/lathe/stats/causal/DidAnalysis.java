package dev.lathe.stats.causal;

import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code lathe stats did} reports for one design: the table of means, the regression estimate and,
 * for a panel (unit and time columns), two-way fixed effects, the event study with its pre-trend test and the
 * placebo test. Parts that the data cannot support are left null with a note saying why.
 *
 * @param spec       the design
 * @param regression the covariance settings used by every regression
 * @param means      the 2x2 table of means (units pair rows unless the time column has more than two periods)
 * @param fit        the regression difference in differences
 * @param twoWay     two-way fixed effects, or null without a panel
 * @param eventStudy the event study, or null without a panel
 * @param placebo    the placebo test, or null without two shared pre-periods
 * @param notes      why a part was left out
 */
public record DidAnalysis(DidSpec spec, DidRegression regression, DidTable means, DidFit fit, DidFit twoWay,
                          EventStudyResult eventStudy, DidFit placebo, List<String> notes) {

    public DidAnalysis {
        notes = List.copyOf(notes);
    }

    /**
     * Runs every part that {@code spec} allows on {@code data}; {@code balanced} keeps only units seen both
     * before and after in the table of means (needs a unit column).
     */
    public static DidAnalysis run(Frame data, DidSpec spec, DidRegression regression, boolean balanced) {
        DidSpec tableSpec = spec.time() == null || periods(data, spec.time()) <= 2 ? spec : spec.withUnit(null);
        DidTable means = balanced ? DidMeans.balanced(data, spec.withTime(null)) : DidMeans.of(data, tableSpec);
        DidFit fit = regression.fit(data, spec);
        List<String> notes = new ArrayList<>();
        if (spec.unit() == null || spec.time() == null) {
            notes.add("two-way fixed effects, the event study and the placebo test need unit and time columns");
            return new DidAnalysis(spec, regression, means, fit, null, null, null, notes);
        }
        DidFit twoWay = regression.fitTwoWay(data, spec);
        EventStudyResult events = new EventStudy(regression).fit(data, spec);
        if (events.preTrend() == null) {
            notes.add("no lead before the reference period -1, so there is no pre-trend test");
        }
        DidFit placebo = null;
        try {
            placebo = PlaceboTest.run(data, spec, regression);
        } catch (IllegalArgumentException e) {
            notes.add("placebo test skipped: " + e.getMessage());
        }
        return new DidAnalysis(spec, regression, means, fit, twoWay, events, placebo, notes);
    }

    private static long periods(Frame data, String time) {
        var c = data.column(time);
        return java.util.stream.IntStream.range(0, data.rowCount()).filter(i -> !c.isMissing(i)).mapToObj(c::format)
                .distinct().count();
    }
}
