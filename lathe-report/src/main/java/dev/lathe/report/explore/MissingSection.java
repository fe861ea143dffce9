package dev.lathe.report.explore;

import dev.lathe.report.chart.MissingnessMatrix;
import dev.lathe.report.html.Section;
import dev.lathe.stats.explore.MissingnessPattern;

/** The missingness matrix, rows grouped into bands. */
final class MissingSection {

    private MissingSection() {
    }

    static Section of(MissingnessPattern m) {
        int bands = m.bandShares()[0].length;
        Section s = Section.titled("Missing values");
        s.paragraph("One strip per column, rows from first (top) to last (bottom), grouped into " + bands
                + " band(s) of about " + Math.max(1, m.rows() / bands) + " row(s); the darker a band, the larger its"
                + " share of missing values. The share of each column is printed above its strip.");
        s.figure("Missingness matrix (" + m.rows() + " rows in " + bands + " bands)", MissingnessMatrix.ofBands(
                "Missingness matrix", m.columns(), m.rows(), m.bandShares(), m.columnShares()));
        return s;
    }
}
