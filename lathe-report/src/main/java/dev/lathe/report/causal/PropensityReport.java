package dev.lathe.report.causal;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.XyPlot;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.stats.causal.BalanceRow;
import dev.lathe.stats.causal.EffectEstimate;
import dev.lathe.stats.causal.PropensityAnalysis;
import dev.lathe.stats.regression.Coefficient;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report of {@code lathe stats propensity}: the effects with bootstrap intervals, the balance table
 * with a love plot (standardised mean differences before and after adjustment, with the 0.1 marks), the
 * overlap of the scores, and the propensity model.
 */
public final class PropensityReport {

    private static final double GOOD_BALANCE = 0.1;

    private PropensityReport() {
    }

    /** The report of {@code a} titled {@code title}. */
    public static Report of(String title, PropensityAnalysis a) {
        String level = Numbers.format(100 * a.level()) + "%";
        DataTable effects = DataTable.of("estimand", "method", "estimate", "bootstrap SE", level + " CI low",
                level + " CI high");
        effects.row("ATE", "inverse-probability weighting", a.ipwAte().estimate(), a.ipwAte().stdError(),
                a.ipwAte().ciLow(), a.ipwAte().ciHigh());
        effects.row("ATT", "inverse-probability weighting", a.ipwAtt().estimate(), a.ipwAtt().stdError(),
                a.ipwAtt().ciLow(), a.ipwAtt().ciHigh());
        effects.row("ATE", "nearest-neighbour matching", a.matchedAte().estimate(), a.matchedAte().stdError(),
                a.matchedAte().ciLow(), a.matchedAte().ciHigh());
        effects.row("ATT", "nearest-neighbour matching", a.matchedAtt().estimate(), a.matchedAtt().stdError(),
                a.matchedAtt().ciLow(), a.matchedAtt().ciHigh());
        Section estimates = Section.titled("Effects").paragraph(a.treated() + " treated and " + a.control()
                + " control rows; intervals are percentiles of " + a.replicates() + " bootstrap replicates.")
                .table(effects);
        if (a.minScore() < 0.01 || a.maxScore() > 0.99) {
            estimates.note(Severity.WARNING, String.format(Locale.ROOT, "Propensity scores reach %s to %s: weak overlap,"
                    + " so a few rows carry large weights and the estimates are fragile.", Numbers.format(a.minScore()),
                    Numbers.format(a.maxScore())));
        }
        return Report.titled(title).subtitle(summary(a.ipwAte())).section(estimates).section(balance(a.balance()))
                .section(model(a));
    }

    private static String summary(EffectEstimate ate) {
        return "ATE by weighting " + Numbers.format(ate.estimate()) + " [" + Numbers.format(ate.ciLow()) + ", "
                + Numbers.format(ate.ciHigh()) + "]";
    }

    private static Section balance(List<BalanceRow> rows) {
        DataTable table = DataTable.of("covariate", "mean treated", "mean control", "SMD before", "SMD weighted",
                "SMD matched");
        int n = rows.size();
        double[] y = new double[n];
        double[][] smd = new double[3][n];
        double extent = GOOD_BALANCE;
        for (int i = 0; i < n; i++) {
            BalanceRow b = rows.get(i);
            table.row(b.covariate(), b.meanTreated(), b.meanControl(), b.smdBefore(), b.smdWeighted(), b.smdMatched());
            y[i] = n - i;
            smd[0][i] = b.smdBefore();
            smd[1][i] = b.smdWeighted();
            smd[2][i] = b.smdMatched();
            for (double[] s : smd) {
                extent = Math.max(extent, Math.abs(s[i]));
            }
        }
        XyPlot plot = XyPlot.of("Love plot", "standardised mean difference", "covariate (row of the table, from the top)")
                .points("before", smd[0], y).points("weighted", smd[1], y).points("matched", smd[2], y)
                .reference("|SMD| = 0.1", new double[] {GOOD_BALANCE, GOOD_BALANCE}, new double[] {0.5, n + 0.5})
                .reference(null, new double[] {-GOOD_BALANCE, -GOOD_BALANCE}, new double[] {0.5, n + 0.5})
                .xRange(-1.1 * extent, 1.1 * extent).yRange(0.5, n + 1.5 + 0.5 * n) // headroom keeps the legend off the points
                .legend(XyPlot.Corner.TOP_RIGHT);
        long unbalanced = rows.stream().filter(b -> Math.abs(b.smdWeighted()) >= GOOD_BALANCE).count();
        return Section.titled("Balance")
                .note(unbalanced > 0 ? Severity.WARNING : Severity.INFO, unbalanced > 0
                        ? unbalanced + " covariate(s) keep |SMD| >= 0.1 after weighting: the propensity model may miss"
                        + " a term (an interaction, a square)"
                        : "every covariate has |SMD| < 0.1 after weighting")
                .table(table).figure("Standardised mean differences before and after adjustment", plot.render());
    }

    private static Section model(PropensityAnalysis a) {
        DataTable table = DataTable.of("term", "estimate", "std. error", "z", "p-value", "CI low", "CI high");
        for (Coefficient c : a.propensity().coefficients()) {
            table.row(c.term(), c.estimate(), c.stdError(), c.statistic(), c.pValue(), c.ciLow(), c.ciHigh());
        }
        return Section.titled("Propensity model: " + a.propensity().formula())
                .paragraph("Logit by maximum likelihood; scores range from " + Numbers.format(a.minScore()) + " to "
                        + Numbers.format(a.maxScore()) + "; McFadden pseudo R^2 "
                        + Numbers.format(a.propensity().pseudoRSquared()) + ".")
                .table(table);
    }
}
