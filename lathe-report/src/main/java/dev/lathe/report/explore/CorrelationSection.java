package dev.lathe.report.explore;

import dev.lathe.report.chart.Heatmap;
import dev.lathe.report.html.Block;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Paragraph;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Tab;
import dev.lathe.stats.CorrelationMatrix;
import dev.lathe.stats.explore.Correlations;
import dev.lathe.stats.explore.Sampling;
import java.util.ArrayList;
import java.util.List;

/** Correlation heatmaps, one tab per method: Pearson, Spearman, Kendall, Cramér's V. */
final class CorrelationSection {

    private CorrelationSection() {
    }

    static Section of(Correlations c, List<Sampling> sampling, int rows) {
        Section s = Section.titled("Correlations");
        List<Tab> tabs = new ArrayList<>();
        matrix(tabs, "Pearson", c.pearson(), "Pearson's r (linear association)", sampling, rows);
        matrix(tabs, "Spearman", c.spearman(), "Spearman's rho (monotonic association: Pearson's r of the ranks)",
                sampling, rows);
        matrix(tabs, "Kendall", c.kendall(), "Kendall's tau-b (concordant minus discordant pairs, over all pairs)",
                sampling, rows);
        if (c.cramersV() != null) {
            tabs.add(new Tab("Cramér's V", List.of(new Figure("Cramér's V between categorical columns, over every row"
                    + " (0: independent, 1: one determines the other)", Heatmap.of("Cramér's V",
                    c.cramersV().names(), c.cramersV().names(), c.cramersV().values())))));
        }
        if (tabs.isEmpty()) {
            s.paragraph("Fewer than two numeric columns and fewer than two categorical columns: no correlation matrix.");
        } else {
            s.paragraph("Each pair uses the rows where both columns are present. Grey cells are undefined (a constant"
                    + " column, or fewer than two complete rows).");
            s.tabs(tabs);
        }
        Findings.addTo(s, c.notes());
        return s;
    }

    private static void matrix(List<Tab> tabs, String method, CorrelationMatrix m, String meaning,
                               List<Sampling> sampling, int rows) {
        if (m == null) {
            return;
        }
        String used = sampling.stream().filter(x -> x.statistic().startsWith(method)).findFirst()
                .map(x -> "on a seeded sample of " + x.rows() + " of " + x.of() + " rows (seed " + x.seed() + ")")
                .orElse("over every row (" + rows + ")");
        List<Block> blocks = List.of(new Figure(meaning + "; computed " + used,
                Heatmap.of(method + " correlation", m.names(), m.names(), m.statistic())));
        if (!used.startsWith("over every")) {
            blocks = List.of(new Paragraph(method + " is computed " + used + " to keep the report fast;"
                    + " its coefficients estimate those of all rows."), blocks.get(0));
        }
        tabs.add(new Tab(method, blocks));
    }
}
