package dev.lathe.report.explore;

import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Section;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.Sampling;

/** How the report was computed: what used every row and what used a sample, of which size. */
final class MethodSection {

    private MethodSection() {
    }

    static Section of(Exploration e) {
        Section s = Section.titled("How this report was computed");
        s.paragraph("Every row is used for the statistics tables, data-quality findings, histograms, box plots,"
                + " normality tests, Pearson and Cramér's V matrices, target associations and the missingness"
                + " matrix. Infinite values are left out of every statistic, as if missing. Normality: Shapiro-Wilk"
                + " up to 5000 values, D'Agostino-Pearson K^2 beyond. Histogram bins: NumPy's 'auto' rule (the"
                + " finer of Freedman-Diaconis and Sturges), at most " + e.options().maxBins() + ". Quantiles:"
                + " linear interpolation (Hyndman-Fan type 7).");
        if (e.sampling().isEmpty()) {
            s.paragraph("No statistic used a sample: the data are small enough for every statistic to read every row.");
        } else {
            DataTable table = DataTable.of("statistic", "sample rows", "of rows", "seed");
            for (Sampling x : e.sampling()) {
                table.row(x.statistic(), x.rows(), x.of(), x.seed());
            }
            s.paragraph("These statistics cost more than one pass per row, so they ran on a seeded sample of the"
                    + " rows (the same seed gives the same report):");
            s.table(table);
        }
        return s;
    }
}
