package dev.lathe.report;

import dev.lathe.explain.Explanation;
import dev.lathe.explain.Interactions;
import dev.lathe.explain.PermutationImportance;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;
import dev.lathe.report.chart.ShapBeeswarm;
import dev.lathe.report.chart.ShapDependence;
import dev.lathe.report.chart.ShapWaterfall;
import dev.lathe.report.html.Block;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Tab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explanation sections of {@code lathe explain} and of the evaluation report: the method and expected
 * value; per output the mean |SHAP| ranking, the beeswarm summary plot and the waterfall of the first
 * explained row; dependence plots of the most important numeric columns, each coloured by the column it
 * interacts with most (SHAP interaction values for tree models, else the next most important column); and
 * permutation importance when it was computed. It only draws what {@code dev.lathe.explain} computed.
 */
public final class ExplanationReport {

    /** Features drawn in the beeswarm and waterfall plots. */
    static final int MAX_FEATURES = 20;
    /** Dependence plots drawn. */
    static final int DEPENDENCE_PLOTS = 4;
    /** Outputs (classes) given a tab of their own. */
    static final int MAX_TABS = 8;

    private ExplanationReport() {
    }

    /**
     * A report of its own.
     *
     * @param title        the report's title (e.g. "Explanations: model.lathe on data.csv")
     * @param explanation  the SHAP values
     * @param interactions interaction values (tree models), if computed
     * @param importance   permutation importance, or null
     */
    public static Report of(String title, Explanation explanation, Optional<Interactions> interactions,
                            PermutationImportance.Result importance) {
        Report report = Report.titled(title).subtitle(explanation.rowCount() + " rows explained by "
                + explanation.method() + ", on the " + explanation.scale() + " scale");
        sections(explanation, interactions, importance).forEach(report::section);
        return report;
    }

    /** The sections, to add to any report. */
    public static List<Section> sections(Explanation e, Optional<Interactions> interactions,
                                         PermutationImportance.Result importance) {
        List<Section> out = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("method", e.method());
        facts.put("explained output", e.scale());
        facts.put("rows explained", e.rowCount());
        for (int k = 0; k < e.outputs().size(); k++) {
            facts.put("expected value" + (e.outputs().size() > 1 ? " (" + e.outputs().get(k) + ")" : ""),
                    Numbers.format(e.expectedValue()[k]));
        }
        facts.put("largest additivity error", Numbers.format(e.additivityError()));
        Section shap = Section.titled("SHAP explanations").keyValues(facts).paragraph("Each row's SHAP values add up to "
                + "its output minus the expected value. A column's mean |SHAP| ranks how much it moves the output.");
        if (e.outputs().size() == 1) {
            perOutput(e, 0).forEach(shap::add);
        } else {
            List<Tab> tabs = new ArrayList<>();
            for (int k = 0; k < Math.min(MAX_TABS, e.outputs().size()); k++) {
                tabs.add(new Tab(e.outputs().get(k), perOutput(e, k)));
            }
            shap.tabs(tabs);
        }
        out.add(shap);
        List<Figure> dependence = dependence(e, interactions);
        if (!dependence.isEmpty()) {
            out.add(Section.titled("SHAP dependence").paragraph("SHAP value against the column's value for "
                    + (e.outputs().size() > 1 ? "output " + e.outputs().get(0) : "the output") + ", coloured by "
                    + (interactions.isPresent() ? "the column it interacts with most (SHAP interaction values)"
                    : "the next most important column")).figures(dependence));
        }
        if (importance != null) {
            DataTable t = DataTable.of("column", "mean decrease", "std");
            double[] mean = importance.mean();
            double[] std = importance.std();
            Integer[] order = order(mean);
            for (int g : order) {
                t.row(importance.columns().get(g), mean[g], std[g]);
            }
            out.add(Section.titled("Permutation importance").paragraph("How much " + importance.metric()
                    + " worsens (from " + Numbers.format(importance.baseline()) + ") when a column is shuffled, over "
                    + importance.decreases()[0].length + " shuffles.").table(t));
        }
        return out;
    }

    private static List<Block> perOutput(Explanation e, int k) {
        List<Block> blocks = new ArrayList<>();
        double[] imp = e.importance(k);
        DataTable ranking = DataTable.of("column", "mean |SHAP|");
        for (int j : e.ranking(k)) {
            ranking.row(e.features().get(j), imp[j]);
        }
        double[][] values = new double[e.features().size()][];
        for (int j = 0; j < values.length; j++) {
            values[j] = numeric(e.rows().column(j));
        }
        String output = e.outputs().size() > 1 ? " (" + e.outputs().get(k) + ")" : "";
        int shown = Math.min(MAX_FEATURES, e.features().size());
        blocks.add(new Figure("SHAP summary" + output + ": one dot per row, " + shown + " of "
                + e.features().size() + " columns",
                ShapBeeswarm.of("SHAP summary" + output, e.features(), e.values()[k], values, MAX_FEATURES)));
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < e.features().size(); j++) {
            Column c = e.rows().column(j);
            labels.add(e.features().get(j) + " = "
                    + (c instanceof NumericColumn n && !n.isMissing(0) ? Numbers.format(n.get(0)) : c.format(0)));
        }
        blocks.add(new Figure("Waterfall of the first explained row" + output + ": output "
                + Numbers.format(e.predictions()[k][0]), ShapWaterfall.of("SHAP waterfall" + output, labels,
                e.values()[k][0], e.expectedValue()[k], 10)));
        blocks.add(ranking);
        return blocks;
    }

    private static List<Figure> dependence(Explanation e, Optional<Interactions> interactions) {
        List<Figure> out = new ArrayList<>();
        int[] ranking = e.ranking(0);
        for (int r = 0; r < ranking.length && out.size() < DEPENDENCE_PLOTS; r++) {
            int j = ranking[r];
            double[] x = numeric(e.rows().column(j));
            if (java.util.Arrays.stream(x).allMatch(Double::isNaN)) {
                continue;
            }
            int partner = interactions.map(i -> i.strongestPartner(0, i.features().indexOf(e.features().get(j))))
                    .map(p -> p < 0 ? -1 : e.features().indexOf(interactions.get().features().get(p)))
                    .orElse(ranking.length > 1 ? ranking[r == 0 ? 1 : 0] : -1);
            double[] shap = new double[e.rowCount()];
            for (int i = 0; i < shap.length; i++) {
                shap[i] = e.values()[0][i][j];
            }
            String name = e.features().get(j);
            String partnerName = partner < 0 ? null : e.features().get(partner);
            out.add(new Figure(name + (partnerName == null ? "" : ", coloured by " + partnerName),
                    ShapDependence.of("SHAP dependence of " + name, name, x, shap, partnerName,
                            partner < 0 ? new double[0] : numeric(e.rows().column(partner)))));
        }
        return out;
    }

    /** A column's values as numbers: numeric as is, boolean as 0/1, anything else NaN (drawn grey). */
    private static double[] numeric(Column c) {
        double[] v = new double[c.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.isMissing(i) ? Double.NaN
                    : c instanceof NumericColumn n ? n.get(i)
                    : c instanceof BooleanColumn b ? b.raw(i) : Double.NaN;
        }
        return v;
    }

    private static Integer[] order(double[] v) {
        Integer[] o = new Integer[v.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        java.util.Arrays.sort(o, (a, b) -> Double.compare(v[b], v[a]));
        return o;
    }
}
