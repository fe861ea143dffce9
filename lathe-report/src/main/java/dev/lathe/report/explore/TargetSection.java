package dev.lathe.report.explore;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.BarChart;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Section;
import dev.lathe.stats.ColumnSummary.LevelCount;
import dev.lathe.stats.TargetAssociation;
import dev.lathe.stats.explore.TargetProfile;
import java.util.List;

/** The target: class balance for a class target, and every column's association with it, strongest first. */
final class TargetSection {

    private TargetSection() {
    }

    static Section of(TargetProfile t, String targetAnchorTitle) {
        Section s = Section.titled("Target: " + t.column());
        s.paragraph((t.classTarget() ? "A class target" : "A numeric target") + "; its distribution is in the section "
                + targetAnchorTitle + ".");
        if (t.classTarget() && !t.classes().isEmpty()) {
            long total = t.classes().stream().mapToLong(LevelCount::count).sum();
            DataTable balance = DataTable.of("class", "rows", "share");
            for (LevelCount c : t.classes()) {
                balance.row(c.level(), c.count(), Numbers.percent(c.count() / (double) total));
            }
            s.figure("Class balance of " + t.column(), BarChart.of("Class balance of " + t.column(), t.column(),
                    t.classes().stream().map(LevelCount::level).toList(),
                    t.classes().stream().mapToLong(LevelCount::count).toArray()));
            s.table(balance);
        }
        TargetAssociation a = t.association();
        if (a != null) {
            DataTable ranking = DataTable.of("rank", "column", "measure", "strength", "rows");
            List<TargetAssociation.Association> list = a.ranking();
            for (int i = 0; i < list.size(); i++) {
                TargetAssociation.Association x = list.get(i);
                ranking.row(i + 1, x.column(), measure(x.measure()), Double.isFinite(x.strength()) ? x.strength() : null,
                        x.n());
            }
            s.paragraph("Association of each column with " + t.column() + " in [0, 1]: |Pearson r| between numeric"
                    + " columns, Cramér's V between categorical ones, the correlation ratio eta between a categorical"
                    + " and a numeric one. Compare strengths of different measures with care.");
            s.table(ranking);
            a.skipped().forEach((column, why) -> s.paragraph("Not measured: " + why));
        }
        Findings.addTo(s, t.notes());
        return s;
    }

    private static String measure(TargetAssociation.Measure m) {
        return switch (m) {
            case PEARSON -> "|Pearson r|";
            case SPEARMAN -> "|Spearman rho|";
            case CRAMERS_V -> "Cramér's V";
            case CORRELATION_RATIO -> "eta";
        };
    }
}
