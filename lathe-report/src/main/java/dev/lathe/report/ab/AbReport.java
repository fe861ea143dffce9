package dev.lathe.report.ab;

import dev.lathe.stats.ab.AbResult;
import dev.lathe.stats.ab.ArmSummary;
import dev.lathe.stats.ab.SampleRatioCheck;
import dev.lathe.stats.ab.VariantComparison;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report of {@code lathe stats ab analyze}: the verdicts first (sample ratio, CUPED, the Bayesian
 * stopping rule), the arms, each variant's lift with its intervals, the posteriors, and the always-valid
 * sequential monitor over the rows in arrival order.
 */
public final class AbReport {

    private AbReport() {
    }

    /**
     * Builds the report.
     *
     * @param title the page title
     * @param r     the analysis
     */
    public static Report of(String title, AbResult r) {
        int units = r.arms().stream().mapToInt(ArmSummary::n).sum();
        return Report.titled(title)
                .subtitle(units + " units in " + r.arms().size() + " arms; metric '" + r.options().metric() + "'"
                        + (r.binary() ? " (conversion)" : "") + ", control '" + r.control() + "'")
                .section(summary(r))
                .section(arms(r))
                .section(lift(r))
                .section(AbFigures.posteriorSection(r))
                .section(AbFigures.sequentialSection(r));
    }

    private static Section summary(AbResult r) {
        Section s = Section.titled("Verdicts");
        SampleRatioCheck srm = r.sampleRatio();
        s.note(srm.mismatch() ? Severity.CRITICAL : Severity.INFO, (srm.mismatch()
                ? "Sample ratio mismatch: the split is off plan (chi-square " : "Sample ratio as planned (chi-square ")
                + number(srm.statistic()) + ", p = " + number(srm.pValue()) + ", threshold " + srm.threshold() + ")"
                + (srm.mismatch() ? "; fix the assignment or logging before trusting any comparison below." : "."));
        if (r.cuped() != null) {
            s.note(Severity.INFO, "CUPED with '" + r.options().covariate() + "': theta " + number(r.cuped().theta())
                    + ", variance reduced by " + percent(r.cuped().varianceReduction()) + ".");
        }
        for (VariantComparison c : r.comparisons()) {
            s.note(c.rejected() ? Severity.WARNING : Severity.INFO, "'" + c.variant() + "' against '" + r.control()
                    + "': lift " + percent(c.relativeLift()) + " [" + percent(c.liftLow()) + ", "
                    + percent(c.liftHigh()) + "], " + r.options().correction().label() + "-adjusted p = "
                    + number(c.adjustedP()) + (c.rejected() ? " (significant)" : " (not significant)")
                    + ", P(beats control) = " + number(c.probabilityBeatsControl())
                    + (c.sequential().rejected() ? "; the always-valid monitor agrees." : "."));
        }
        s.note(Severity.INFO, r.decision() == null
                ? "Bayesian stopping rule: no arm's expected loss is below " + r.options().thresholdOfCaring()
                + " yet; keep collecting data."
                : "Bayesian stopping rule: choose '" + r.decision() + "' (expected loss below "
                + r.options().thresholdOfCaring() + ").");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("alpha", r.options().alpha());
        settings.put("correction", r.options().correction().label());
        settings.put("Monte Carlo draws", r.bayes().draws());
        settings.put("seed", r.options().seed());
        return s.keyValues(settings);
    }

    private static Section arms(AbResult r) {
        DataTable t = DataTable.of("arm", "units", r.binary() ? "conversion rate" : "mean", "sd", "adjusted mean",
                "posterior mean", "P(best)", "expected loss");
        for (int a = 0; a < r.arms().size(); a++) {
            ArmSummary s = r.arms().get(a);
            t.row(s.arm(), s.n(), s.mean(), s.sd(), s.adjustedMean(), r.posteriors().get(a).mean(),
                    r.bayes().probabilityBest()[a], r.bayes().expectedLoss()[a]);
        }
        return Section.titled("Arms").table(t);
    }

    private static Section lift(AbResult r) {
        DataTable t = DataTable.of("variant", "difference", "CI low", "CI high", "relative lift", "lift CI low",
                "lift CI high", "p-value", "adjusted p", "significant", "P(beats control)", "posterior uplift",
                "credible low", "credible high");
        for (int v = 0; v < r.comparisons().size(); v++) {
            VariantComparison c = r.comparisons().get(v);
            var e = c.test().estimate();
            var ci = r.bayes().upliftInterval().get(v + 1);
            t.row(c.variant(), e.value(), e.low(), e.high(), c.relativeLift(), c.liftLow(), c.liftHigh(),
                    c.test().pValue(), c.adjustedP(), c.rejected() ? "yes" : "no", c.probabilityBeatsControl(),
                    r.bayes().uplift()[v + 1], ci.low(), ci.high());
        }
        return Section.titled("Lift").paragraph("Differences are variant minus control with Welch "
                        + level(r) + " confidence intervals; relative lift is the difference over "
                        + "the control's mean (delta-method interval); the posterior uplift is the median of the draws of "
                        + "variant / control - 1 with an equal-tailed credible interval.")
                .table(t).figure("Relative lift of each variant over the control: confidence (solid) and credible "
                        + "intervals", AbFigures.liftChart(r));
    }

    /** The confidence level as a short percentage, e.g. "95%". */
    static String level(AbResult r) {
        return new BigDecimal(100 * (1 - r.options().alpha())).round(new MathContext(4))
                .stripTrailingZeros().toPlainString() + "%";
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }
}
