package dev.lathe.report.causal;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.XyPlot;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.stats.causal.CellMean;
import dev.lathe.stats.causal.Contrast;
import dev.lathe.stats.causal.DidAnalysis;
import dev.lathe.stats.causal.DidFit;
import dev.lathe.stats.causal.DidSpec;
import dev.lathe.stats.causal.DidTable;
import dev.lathe.stats.causal.EventCoefficient;
import dev.lathe.stats.causal.EventStudyResult;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.WaldTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of {@code lathe stats did}: the estimate in one sentence, the table of means with the
 * group means drawn before and after (and the treated group's counterfactual), the regression, and for a
 * panel two-way fixed effects, the event-study plot with its pre-trend test and the placebo test.
 */
public final class DidReport {

    private DidReport() {
    }

    /** The report of {@code a} titled {@code title} (the data file's name, say). */
    public static Report of(String title, DidAnalysis a) {
        Report report = Report.titled(title).subtitle(a.fit().regression().n() + " rows in the regression, "
                + covarianceLabel(a) + " standard errors");
        report.section(summary(a)).section(means(a.means(), a.spec())).section(regression(a.fit()));
        if (a.twoWay() != null) {
            report.section(panel(a));
        }
        return report;
    }

    private static Section summary(DidAnalysis a) {
        Coefficient e = a.fit().effect();
        Section s = Section.titled("Estimate").note(Severity.INFO, String.format(
                Locale.ROOT, "Difference in differences %s (SE %s, 95%% CI %s to %s, p = %s): the treated group's %s"
                        + " changed by %s more than the control group's.", Numbers.format(e.estimate()),
                Numbers.format(e.stdError()), Numbers.format(e.ciLow()), Numbers.format(e.ciHigh()),
                Numbers.format(e.pValue()), a.spec().outcome(), Numbers.format(e.estimate())));
        Map<String, Object> design = new LinkedHashMap<>();
        DidSpec spec = a.spec();
        design.put("outcome", spec.outcome());
        design.put("treated", spec.treated());
        design.put("post", spec.post());
        design.put("unit", spec.unit() == null ? "(none)" : spec.unit());
        design.put("time", spec.time() == null ? "(none)" : spec.time());
        design.put("covariates", spec.covariates().isEmpty() ? "(none)" : String.join(", ", spec.covariates()));
        design.put("standard errors", covarianceLabel(a));
        s.keyValues(design);
        for (String note : a.notes()) {
            s.note(Severity.INFO, note);
        }
        return s;
    }

    private static Section means(DidTable t, DidSpec spec) {
        DataTable table = DataTable.of("group", "pre mean", "pre SE", "pre n", "post mean", "post SE", "post n",
                "change", "change SE");
        table.row(row("control (" + spec.treated() + " = 0)", t.controlPre(), t.controlPost(), t.changeControl()));
        table.row(row("treated (" + spec.treated() + " = 1)", t.treatedPre(), t.treatedPost(), t.changeTreated()));
        table.row("treated - control", t.differencePre().estimate(), t.differencePre().stdError(), null,
                t.differencePost().estimate(), t.differencePost().stdError(), null, t.did().estimate(), t.did().stdError());
        double[] x = {0, 1};
        double counterfactual = t.treatedPre().mean() + t.changeControl().estimate();
        XyPlot plot = XyPlot.of("Group means before and after", "period (0 = pre, 1 = post)", spec.outcome())
                .lineWithMarkers("control", x, new double[] {t.controlPre().mean(), t.controlPost().mean()})
                .lineWithMarkers("treated", x, new double[] {t.treatedPre().mean(), t.treatedPost().mean()})
                .reference("treated without treatment (parallel trend)", x,
                        new double[] {t.treatedPre().mean(), counterfactual})
                .legend(XyPlot.Corner.TOP_LEFT);
        return Section.titled("Table of means" + (t.balanced() ? " (balanced sample)" : ""))
                .paragraph(t.rows() + " rows. Standard errors of means are s / sqrt(n); "
                        + (t.paired() ? "changes account for units seen in both periods." : "periods are treated as"
                        + " independent samples."))
                .table(table)
                .figure("Group means; the gap between the treated line and the dashed counterfactual at post is the"
                        + " difference in differences", plot.render());
    }

    private static Object[] row(String name, CellMean pre, CellMean post, Contrast change) {
        return new Object[] {name, pre.mean(), pre.stdError(), pre.n(), post.mean(), post.stdError(), post.n(),
                change.estimate(), change.stdError()};
    }

    private static Section regression(DidFit fit) {
        return Section.titled("Regression: " + fit.regression().formula()).table(coefficients(fit.regression()
                .coefficients()));
    }

    private static DataTable coefficients(List<Coefficient> coefficients) {
        DataTable table = DataTable.of("term", "estimate", "std. error", "statistic", "p-value", "CI low", "CI high");
        for (Coefficient c : coefficients) {
            table.row(c.term(), c.estimate(), c.stdError(), c.statistic(), c.pValue(), c.ciLow(), c.ciHigh());
        }
        return table;
    }

    private static Section panel(DidAnalysis a) {
        Section s = Section.titled("Panel: fixed effects, event study, placebo");
        s.subsection(Section.titled("Two-way fixed effects").paragraph(a.twoWay().regression().formula()
                        + ", with the fixed effects of " + a.spec().unit() + " absorbed (as + C(" + a.spec().unit() + "))")
                .table(coefficients(List.of(a.twoWay().effect()))));
        EventStudyResult es = a.eventStudy();
        Section events = Section.titled("Event study");
        int n = es.coefficients().size() + 1;
        double[] k = new double[n];
        double[] b = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        int j = 0;
        boolean referencePlaced = false;
        for (EventCoefficient c : es.coefficients()) {
            if (!referencePlaced && c.eventTime() > es.reference()) {
                k[j++] = es.reference();
                referencePlaced = true;
            }
            k[j] = c.eventTime();
            b[j] = c.estimate();
            lo[j] = c.ciLow();
            hi[j++] = c.ciHigh();
        }
        if (!referencePlaced) {
            k[j] = es.reference();
        }
        events.figure("Effect by periods since the start with 95% intervals; " + es.reference()
                        + " is the reference (0 by construction)",
                XyPlot.of("Event study", "periods since the start", "effect on " + a.spec().outcome())
                        .lineWithBand("estimate", k, b, lo, hi).reference(null, new double[] {k[0], k[n - 1]},
                                new double[] {0, 0}).render());
        DataTable table = DataTable.of("event time", "estimate", "std. error", "p-value", "CI low", "CI high",
                "treated rows");
        for (EventCoefficient c : es.coefficients()) {
            table.row(c.eventTime(), c.estimate(), c.stdError(), c.pValue(), c.ciLow(), c.ciHigh(), c.rows());
        }
        events.table(table);
        WaldTest w = es.preTrend();
        if (w != null) {
            events.note(w.pValue() < 0.05 ? Severity.WARNING : Severity.INFO, String.format(Locale.ROOT,
                    "Joint test that all %d leads are 0: F(%d, %d) = %s, p = %s%s", w.df1(), w.df1(), w.df2(),
                    Numbers.format(w.f()), Numbers.format(w.pValue()), w.pValue() < 0.05
                            ? ": the groups already diverged before the start; parallel trends are doubtful"
                            : ": no evidence against parallel pre-trends"));
        }
        s.subsection(events);
        if (a.placebo() != null) {
            Coefficient p = a.placebo().effect();
            s.subsection(Section.titled("Placebo test").note(p.pValue() < 0.05 ? Severity.WARNING : Severity.INFO,
                    String.format(Locale.ROOT, "A fake start inside the pre-periods gives %s (SE %s, p = %s)%s",
                            Numbers.format(p.estimate()), Numbers.format(p.stdError()), Numbers.format(p.pValue()),
                            p.pValue() < 0.05 ? ": an effect where there should be none" : ": no effect, as expected")));
        }
        return s;
    }

    private static String covarianceLabel(DidAnalysis a) {
        String type = a.regression().covariance().name().toLowerCase(Locale.ROOT);
        if (!type.equals("cluster")) {
            return type.equals("nonrobust") ? "classical" : type;
        }
        String by = a.regression().cluster() != null ? a.regression().cluster() : a.spec().unit();
        return "cluster-robust by " + by;
    }
}
