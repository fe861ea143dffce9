package dev.lathe.cli;

import dev.lathe.stats.causal.CellMean;
import dev.lathe.stats.causal.Contrast;
import dev.lathe.stats.causal.DidAnalysis;
import dev.lathe.stats.causal.DidFit;
import dev.lathe.stats.causal.DidTable;
import dev.lathe.stats.causal.EventCoefficient;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.WaldTest;
import java.util.Locale;

/** The text summary of {@code lathe stats did}. */
final class DidText {

    private DidText() {
    }

    static String of(DidAnalysis a) {
        StringBuilder sb = new StringBuilder();
        DidTable t = a.means();
        sb.append("Difference in differences: ").append(a.spec().outcome()).append(" by ").append(a.spec().treated())
                .append(" x ").append(a.spec().post()).append('\n');
        sb.append(String.format(Locale.ROOT, "%nTable of means (%d rows%s; SE in parentheses)%n", t.rows(),
                t.balanced() ? ", balanced sample" : ""));
        sb.append(String.format(Locale.ROOT, "%-18s %20s %20s %20s%n", "", "pre", "post", "change"));
        sb.append(line("control", t.controlPre(), t.controlPost(), t.changeControl()));
        sb.append(line("treated", t.treatedPre(), t.treatedPost(), t.changeTreated()));
        sb.append(String.format(Locale.ROOT, "%-18s %20s %20s %20s%n", "treated - control", pair(t.differencePre()),
                pair(t.differencePost()), pair(t.did())));
        sb.append(effect("\nRegression", a.fit()));
        if (a.twoWay() != null) {
            sb.append(effect("Two-way fixed effects (" + a.spec().unit() + " effects absorbed)", a.twoWay()));
            sb.append("\nEvent study (reference ").append(a.eventStudy().reference()).append(")\n");
            for (EventCoefficient c : a.eventStudy().coefficients()) {
                sb.append(String.format(Locale.ROOT, "  %4d  %10.4f  (%.4f)  p = %.4g%n", c.eventTime(), c.estimate(),
                        c.stdError(), c.pValue()));
            }
            WaldTest w = a.eventStudy().preTrend();
            if (w != null) {
                sb.append(String.format(Locale.ROOT, "Pre-trend test: F(%d, %d) = %.4f, p = %.4g%n", w.df1(), w.df2(),
                        w.f(), w.pValue()));
            }
        }
        if (a.placebo() != null) {
            sb.append(effect("Placebo (fake start in the pre-periods)", a.placebo()));
        }
        for (String note : a.notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        return sb.toString();
    }

    private static String line(String name, CellMean pre, CellMean post, Contrast change) {
        return String.format(Locale.ROOT, "%-18s %20s %20s %20s%n", name, pair(pre.mean(), pre.stdError()),
                pair(post.mean(), post.stdError()), pair(change));
    }

    private static String pair(Contrast c) {
        return pair(c.estimate(), c.stdError());
    }

    private static String pair(double v, double se) {
        return String.format(Locale.ROOT, "%.4f (%.4f)", v, se);
    }

    private static String effect(String title, DidFit fit) {
        Coefficient e = fit.effect();
        return String.format(Locale.ROOT, "%s: %s%n  %s = %.4f, SE %.4f (%s), p = %.4g, 95%% CI [%.4f, %.4f], n = %d%n",
                title, fit.regression().formula(), e.term(), e.estimate(), e.stdError(),
                fit.regression().covarianceType().name().toLowerCase(Locale.ROOT), e.pValue(), e.ciLow(), e.ciHigh(),
                fit.regression().n());
    }
}
