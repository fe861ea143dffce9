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
 * ({@link Describe}) and each data-quality finding ({@link DataQuality}) as a note of its severity.
 */
final class QualitySummary implements ExplorationSection {

    @Override
    public Section build(Frame data, String target) {
        Section s = Section.titled("Exploration")
                .paragraph("A summary of the training data before any modelling: descriptive statistics per column "
                        + "and what the data-quality checks found, most severe first.");
        for (Finding f : DataQuality.check(data, target, QualityOptions.defaults())) {
            s.note(switch (f.severity()) {
                case CRITICAL -> Severity.CRITICAL;
                case WARNING -> Severity.WARNING;
                default -> Severity.INFO;
            }, f.code() + " " + f.columns() + ": " + f.message());
        }
        DataTable table = DataTable.of("column", "type", "count", "missing", "distinct", "mean", "std", "min",
                "median", "max", "most frequent");
        for (ColumnSummary c : Describe.of(data)) {
            boolean numeric = c.type() == ColumnType.NUMERIC;
            table.row(c.name(), c.type().label(), c.count(), c.missing(), c.distinct(),
                    numeric ? finite(c.mean()) : null, numeric ? finite(c.std()) : null, numeric ? finite(c.min()) : null,
                    numeric ? finite(c.median()) : null, numeric ? finite(c.max()) : null, numeric ? null : c.mode());
        }
        return s.table(table);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
