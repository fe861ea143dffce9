package dev.lathe.report.explore;

import dev.lathe.report.Numbers;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Section;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.explore.ColumnProfile;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.Overview;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The overview: shape, types, memory, the findings with their badges and a one-line summary per column. */
final class OverviewSection {

    private OverviewSection() {
    }

    static Section of(Exploration e) {
        Overview o = e.overview();
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("rows", o.rows());
        shape.put("columns", o.columns());
        o.types().forEach((type, count) -> shape.put(type + " columns", count));
        shape.put("memory (estimate)", o.memoryBytes() < 1e6 ? String.format(Locale.ROOT, "%.1f kB", o.memoryBytes() / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", o.memoryBytes() / 1e6));
        shape.put("target", e.target() == null ? "none" : e.target().column());
        Section s = Section.titled("Overview").keyValues(shape);
        if (o.findings().isEmpty()) {
            s.paragraph("No data-quality findings.");
        } else {
            s.paragraph(o.findings().size() + " data-quality finding(s), most severe first:");
            Findings.addTo(s, o.findings());
        }
        if (!e.columns().isEmpty()) {
            DataTable table = DataTable.of("column", "type", "missing", "distinct", "mean", "std", "most frequent");
            for (ColumnProfile p : e.columns()) {
                ColumnSummary c = p.summary();
                long rows = c.count() + c.missing();
                table.row(c.name(), c.type().label(), rows == 0 ? null : Numbers.percent(c.missing() / (double) rows),
                        c.distinct(), finite(c.mean()), finite(c.std()), c.mode());
            }
            s.table(table);
        }
        return s;
    }

    /** {@code v} when finite, else null (shown as a dash). */
    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
