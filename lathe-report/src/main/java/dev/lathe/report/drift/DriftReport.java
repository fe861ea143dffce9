package dev.lathe.report.drift;

import dev.lathe.frame.Frame;
import dev.lathe.monitor.ColumnDrift;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.Overlay;
import dev.lathe.report.chart.XyPlot;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.report.html.Severity;

/**
 * The HTML report of {@code lathe monitor}: the data-set verdict, the per-column table (method, statistic,
 * p-value, threshold, verdict, missing shares) and, for every drifted column, the reference and current
 * distributions drawn over each other (categories as a table of shares).
 */
public final class DriftReport {

    private DriftReport() {
    }

    /**
     * Builds the report.
     *
     * @param title     the page title
     * @param drift     the verdicts
     * @param reference the reference data the verdicts came from
     * @param current   the current data the verdicts came from
     */
    public static Report of(String title, DatasetDrift drift, Frame reference, Frame current) {
        long drifted = drift.columns().stream().filter(ColumnDrift::drift).count();
        Section summary = Section.titled("Data set")
                .note(drift.datasetDrift() ? Severity.CRITICAL : Severity.INFO, (drift.datasetDrift()
                        ? "Data set drift: " : "No data set drift: ") + drifted + " of "
                        + drift.columns().size() + " columns drifted (share " + drift.driftShare() + ")");
        DataTable table = DataTable.of("column", "method", "statistic", "p-value", "threshold", "drift",
                "missing (reference)", "missing (current)");
        for (ColumnDrift c : drift.columns()) {
            if (c.failed()) {
                table.row(c.name(), "error: " + c.error(), null, null, null, null, null, null);
                continue;
            }
            table.row(c.name(), c.method().label(), c.statistic(), Double.isNaN(c.pValue()) ? null : c.pValue(),
                    c.threshold(), verdict(c), c.referenceMissing(), c.currentMissing());
        }
        Section columns = Section.titled("Columns").table(table);
        Section overlays = Section.titled("Drifted columns");
        for (ColumnDrift c : drift.columns()) {
            if (c.drift()) {
                overlays.subsection(overlay(c, Overlay.of(reference.column(c.name()), current.column(c.name()))));
            }
        }
        Report report = Report.titled(title).subtitle(reference.rowCount() + " reference rows, " + current.rowCount()
                + " current rows").section(summary).section(columns);
        return drifted > 0 ? report.section(overlays) : report;
    }

    private static String verdict(ColumnDrift c) {
        if (c.distributionDrift() && c.missingDrift()) {
            return "drift (values and missing share)";
        }
        return c.distributionDrift() ? "drift" : c.missingDrift() ? "drift (missing share)" : "no drift";
    }

    private static Section overlay(ColumnDrift c, Overlay o) {
        Section section = Section.titled(c.name());
        if (o.centres() != null) {
            return section.figure(c.name() + ": reference and current distributions", XyPlot.of(c.name(), c.name(),
                    "share of rows").lineWithMarkers("reference", o.centres(), o.reference())
                    .lineWithMarkers("current", o.centres(), o.current()).render());
        }
        DataTable shares = DataTable.of("category", "reference share", "current share");
        for (int i = 0; i < o.labels().size(); i++) {
            shares.row(o.labels().get(i), o.reference()[i], o.current()[i]);
        }
        return section.table(shares);
    }
}
