package dev.lathe.ops.flow.report;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import dev.lathe.stats.quality.DataQuality;
import dev.lathe.stats.quality.Finding;
import dev.lathe.stats.quality.QualityOptions;

/**
 * The default exploration section of a flow report: one row of descriptive statistics per column
 * ({@link Describe}); data-quality findings ({@link DataQuality}) as notes when they are warnings or critical,
 * in a table otherwise.
 */
final class QualitySummary implements ExplorationSection {

    @Override
    public Section build(Frame data, String target) {
        Section s = Section.titled("Exploration")
                .paragraph("A summary of the training data before any modelling: descriptive statistics per column "
                        + "and what the data-quality checks found, most severe first.");
        DataTable info = DataTable.of("finding", "columns", "message");
        for (Finding f : DataQuality.check(data, target, QualityOptions.defaults())) {
            switch (f.severity()) {
                case CRITICAL -> s.note(Severity.CRITICAL, f.code() + " " + f.columns() + ": " + f.message());
                case WARNING -> s.note(Severity.WARNING, f.code() + " " + f.columns() + ": " + f.message());
                default -> info.row(f.code(), String.join(", ", f.columns()), f.message());
            }
        }
        DataTable table = DataTable.of("column", "type", "count", "missing", "distinct", "mean", "std", "min",
                "median", "max", "most frequent");
        for (ColumnSummary c : Describe.of(data)) {
            boolean numeric = c.type() == ColumnType.NUMERIC;
            table.row(c.name(), c.type().label(), c.count(), c.missing(), c.distinct(),
                    numeric ? finite(c.mean()) : null, numeric ? finite(c.std()) : null, numeric ? finite(c.min()) : null,
                    numeric ? finite(c.median()) : null, numeric ? finite(c.max()) : null, numeric ? null : c.mode());
        }
        s.table(table);
        return info.rowCount() == 0 ? s : s.subsection(Section.titled("Other findings").table(info));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
