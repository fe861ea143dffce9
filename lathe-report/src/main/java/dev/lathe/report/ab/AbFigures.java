package dev.lathe.report.ab;

import dev.lathe.report.chart.Svg;
import dev.lathe.report.chart.XyPlot;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Section;
import dev.lathe.stats.ab.AbResult;
import dev.lathe.stats.ab.SequentialPath;
import dev.lathe.stats.ab.VariantComparison;
import dev.lathe.stats.bayes.CredibleInterval;
import dev.lathe.stats.bayes.Posterior;

/** The charts of the A/B report: lift intervals, posterior densities, the sequential monitor. */
final class AbFigures {

    private static final int GRID = 400;
    private static final double TAIL = 5e-4;

    private AbFigures() {
    }

    /** Per variant, its lift with the confidence interval (drawn at height i) and the credible one (at i + 0.2). */
    static Svg liftChart(AbResult r) {
        XyPlot plot = XyPlot.of("Relative lift", "relative lift over the control", "variant (in table order)");
        double min = 0;
        double max = 0;
        for (int v = 0; v < r.comparisons().size(); v++) {
            VariantComparison c = r.comparisons().get(v);
            double y = v + 1;
            plot.lineWithMarkers(c.variant() + " (confidence)", new double[] {c.liftLow(), c.relativeLift(), c.liftHigh()},
                    new double[] {y, y, y});
            CredibleInterval ci = r.bayes().upliftInterval().get(v + 1);
            plot.lineWithMarkers(c.variant() + " (credible)", new double[] {ci.low(), r.bayes().uplift()[v + 1], ci.high()},
                    new double[] {y + 0.2, y + 0.2, y + 0.2});
            min = Math.min(min, Math.min(c.liftLow(), ci.low()));
            max = Math.max(max, Math.max(c.liftHigh(), ci.high()));
        }
        int k = r.comparisons().size();
        return plot.reference("no lift", new double[] {0, 0}, new double[] {0.5, k + 0.7}).yRange(0.5, k + 0.7)
                .xRange(min - 0.05 * (max - min), max + 0.05 * (max - min)).legend(XyPlot.Corner.TOP_RIGHT).render();
    }

    /** The posterior density of every arm's mean (rate) on one grid. */
    static Section posteriorSection(AbResult r) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Posterior p : r.posteriors()) {
            lo = Math.min(lo, p.quantile(TAIL));
            hi = Math.max(hi, p.quantile(1 - TAIL));
        }
        XyPlot plot = XyPlot.of("Posteriors", r.binary() ? "conversion rate" : "mean of " + r.options().metric(),
                "posterior density");
        DataTable t = DataTable.of("arm", "posterior", "mean", "sd", "95% highest-density low", "95% highest-density high");
        for (int a = 0; a < r.arms().size(); a++) {
            Posterior p = r.posteriors().get(a);
            double[] x = new double[GRID];
            double[] y = new double[GRID];
            for (int i = 0; i < GRID; i++) {
                x[i] = lo + (hi - lo) * i / (GRID - 1);
                y[i] = p.density(x[i]);
            }
            plot.line(r.arms().get(a).arm(), x, y);
            CredibleInterval hdi = p.highestDensity(0.95);
            t.row(r.arms().get(a).arm(), p.label(), p.mean(), p.sd(), hdi.low(), hdi.high());
        }
        return Section.titled("Posteriors").paragraph(r.binary()
                        ? "Beta posteriors of each arm's conversion rate from a uniform Beta(1, 1) prior."
                        : "Posteriors of each arm's mean (Student t, from the reference prior 1 / sigma^2)"
                        + (r.cuped() != null ? " of the CUPED-adjusted metric." : "."))
                .figure("Posterior densities", plot.legend(XyPlot.Corner.TOP_RIGHT).render()).table(t);
    }

    /** Per variant, the difference with its always-valid confidence sequence over the rows seen. */
    static Section sequentialSection(AbResult r) {
        Section s = Section.titled("Sequential monitoring").paragraph("Rows are taken in file order as arrival order. "
                + "The band is the mSPRT confidence sequence (level " + AbReport.level(r) + "): it covers the "
                + "true difference at every look at once, so the test may be stopped whenever it excludes 0. The "
                + "fixed-horizon p-value is shown for comparison only; peeking at it inflates false positives.");
        DataTable t = DataTable.of("variant", "looks", "mixing sd", "always-valid p", "fixed-horizon p (last look)",
                "stopped early at row");
        for (VariantComparison c : r.comparisons()) {
            SequentialPath p = c.sequential();
            if (p.size() == 0) {
                t.row(c.variant(), 0, p.mixingSd(), null, null, null);
                continue;
            }
            double[] x = new double[p.size()];
            Integer first = null;
            for (int l = 0; l < p.size(); l++) {
                x[l] = p.rows()[l];
                if (first == null && p.pValue()[l] < r.options().alpha()) {
                    first = p.rows()[l];
                }
            }
            t.row(c.variant(), p.size(), p.mixingSd(), p.pValue()[p.size() - 1], p.fixedP()[p.size() - 1],
                    first == null ? "-" : first);
            s.figure("'" + c.variant() + "' minus '" + r.control() + "': estimate and confidence sequence",
                    XyPlot.of("Sequential " + c.variant(), "rows seen", "difference in means")
                            .lineWithBand(c.variant(), x, p.estimate(), p.low(), p.high())
                            .reference("0", new double[] {x[0], x[x.length - 1]}, new double[] {0, 0}).render());
        }
        return s.table(t);
    }
}
