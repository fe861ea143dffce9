package dev.lathe.report.explore;

import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.stats.explore.ColumnProfile;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.Sampling;

/**
 * The exploratory-analysis report of {@code lathe explore}: one self-contained HTML page with an overview and
 * its findings (severity badges), one section per column (statistics, histogram with kernel density, box plot
 * with outliers, top values, normality test, best distribution fits), correlation heatmaps with the method
 * chosen by tabs (Pearson, Spearman, Kendall, Cramér's V), the target's class balance and associations, the
 * missingness matrix, and how the report was computed (which statistics used a sample, of which size).
 * With more than {@value #FOLD_FROM} columns each column's section starts folded, so that the page stays
 * readable; the contents sidebar lists every section.
 *
 * <pre>{@code
 * ExplorationReport.of(Exploration.of(frame), "Exploratory analysis: sales.csv").write(Path.of("sales.html"));
 * }</pre>
 */
public final class ExplorationReport {

    /** Column count above which per-column sections start folded. */
    public static final int FOLD_FROM = 12;

    private ExplorationReport() {
    }

    /**
     * The report of {@code exploration}.
     *
     * @param title the page's title (not blank), e.g. "Exploratory analysis: sales.csv"
     */
    public static Report of(Exploration exploration, String title) {
        var o = exploration.overview();
        Report report = Report.titled(title).subtitle(o.rows() + " rows, " + o.columns() + " columns"
                + (exploration.target() == null ? "" : ", target " + exploration.target().column()));
        report.section(OverviewSection.of(exploration));
        if (exploration.columns().isEmpty()) {
            return report.section(MethodSection.of(exploration));
        }
        boolean fold = exploration.columns().size() > FOLD_FROM;
        String densityNote = exploration.sampling().stream().filter(s -> s.statistic().equals("kernel density"))
                .findFirst().map(ExplorationReport::sampleNote).orElse("");
        Section columns = Section.titled("Columns");
        columns.paragraph(fold ? "One section per column; open a column's heading to see its details."
                : "One section per column.");
        String targetTitle = null;
        for (ColumnProfile p : exploration.columns()) {
            Section column = ColumnSection.of(p, densityNote);
            if (fold) {
                column.collapsible(false);
            }
            if (exploration.target() != null && p.name().equals(exploration.target().column())) {
                targetTitle = column.title();
            }
            columns.subsection(column);
        }
        report.section(columns);
        report.section(CorrelationSection.of(exploration.correlations(), exploration.sampling(), o.rows()));
        if (exploration.target() != null) {
            report.section(TargetSection.of(exploration.target(), targetTitle));
        }
        report.section(MissingSection.of(exploration.missingness()));
        return report.section(MethodSection.of(exploration));
    }

    private static String sampleNote(Sampling s) {
        return " (density from a seeded sample of " + s.rows() + " of " + s.of() + " rows)";
    }
}
