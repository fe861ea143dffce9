package dev.lathe.report.explore;

import static dev.lathe.report.explore.OverviewSection.finite;

import dev.lathe.frame.ColumnType;
import dev.lathe.report.Numbers;
import dev.lathe.report.chart.BarChart;
import dev.lathe.report.chart.BoxplotChart;
import dev.lathe.report.chart.HistogramChart;
import dev.lathe.report.html.DataTable;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Section;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.ColumnSummary.LevelCount;
import dev.lathe.stats.distribution.DistributionFit;
import dev.lathe.stats.explore.ColumnProfile;
import dev.lathe.stats.explore.NormalityCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column's section: its statistics, the findings that could not be computed, the histogram with its
 * density and the box plot (numeric), the top levels as bars (other types), the normality test and the best
 * distribution fits.
 */
final class ColumnSection {

    /** Significance level the normality sentence reads the p-value against. */
    static final double ALPHA = 0.05;

    private ColumnSection() {
    }

    static Section of(ColumnProfile p, String densityNote) {
        ColumnSummary c = p.summary();
        Section s = Section.titled(c.name() + " (" + c.type().label() + ")").keyValues(statistics(c));
        Findings.addTo(s, p.notes());
        List<Figure> figures = new ArrayList<>();
        if (p.histogram() != null) {
            var h = p.histogram();
            figures.add(new Figure("Histogram of " + c.name() + " (" + h.bins() + " bins)"
                    + (p.density() == null ? "" : " with kernel density" + densityNote),
                    p.density() == null ? HistogramChart.of("Histogram of " + c.name(), c.name(), h.edges(), h.counts())
                            : HistogramChart.withDensity("Histogram of " + c.name(), c.name(), h.edges(), h.counts(),
                            p.density().x(), p.density().y())));
        }
        if (p.boxplot() != null && p.boxplot().count() > 0) {
            figures.add(new Figure("Box plot of " + c.name() + ": " + p.boxplot().outlierCount()
                    + " outlier(s) beyond Q1 - " + Numbers.format(p.boxplot().k()) + " IQR and Q3 + "
                    + Numbers.format(p.boxplot().k()) + " IQR, drawn as rings",
                    BoxplotChart.of("Box plot of " + c.name(), c.name(), c.name(), p.boxplot())));
        }
        if (c.type() != ColumnType.NUMERIC && !c.topLevels().isEmpty()) {
            figures.add(levels(c));
        }
        if (!figures.isEmpty()) {
            s.figures(figures);
        }
        if (p.normality() != null) {
            s.paragraph(normality(p.normality()));
        }
        if (!p.fits().isEmpty()) {
            DataTable fits = DataTable.of("distribution (by AIC)", "parameters", "AIC", "BIC", "KS distance", "n");
            for (DistributionFit f : p.fits()) {
                StringBuilder params = new StringBuilder();
                f.parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k).append(" ")
                        .append(Numbers.format(v)));
                fits.row(f.family().label(), params.toString(), f.aic(), f.bic(), f.ks(), f.count());
            }
            s.table(fits);
        }
        return s;
    }

    private static String normality(NormalityCheck n) {
        String verdict = n.rejects(ALPHA) ? "the values are unlikely to come from a normal distribution"
                : "no evidence against a normal distribution";
        return n.test() + " test on " + n.result().count() + " values: statistic " + Numbers.format(n.result().statistic())
                + ", p-value " + Numbers.format(n.result().pValue()) + " (" + verdict + " at the 5% level"
                + (n.result().count() > 5000 ? "; with this many values even small departures are significant" : "")
                + ").";
    }

    private static Figure levels(ColumnSummary c) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long shown = 0;
        for (LevelCount l : c.topLevels()) {
            labels.add(l.level());
            counts.add(l.count());
            shown += l.count();
        }
        long other = c.count() - shown;
        if (other > 0) {
            labels.add("other (" + (c.distinct() - c.topLevels().size()) + " values)");
            counts.add(other);
        }
        long[] values = counts.stream().mapToLong(Long::longValue).toArray();
        return new Figure("Most frequent values of " + c.name(),
                BarChart.of("Most frequent values of " + c.name(), c.name(), labels, values));
    }

    private static Map<String, Object> statistics(ColumnSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", c.count());
        m.put("missing", c.missing());
        if (c.type() == ColumnType.NUMERIC) {
            m.put("infinite", c.infinite());
        }
        m.put("distinct", c.distinct());
        if (c.type() == ColumnType.NUMERIC) {
            m.put("mean", finite(c.mean()));
            m.put("std", finite(c.std()));
            m.put("min", finite(c.min()));
            c.quantiles().forEach(q -> m.put(ColumnSummary.percent(q.p()), finite(q.value())));
            m.put("max", finite(c.max()));
            m.put("iqr", finite(c.iqr()));
            m.put("skewness", finite(c.shape().skewness()));
            m.put("excess kurtosis", finite(c.shape().excessKurtosis()));
            m.put("mad", finite(c.shape().medianAbsoluteDeviation()));
            m.put("cv", finite(c.shape().coefficientOfVariation()));
            m.put("lag-1 autocorrelation", finite(c.shape().lag1Autocorrelation()));
        } else if (c.type() == ColumnType.TIMESTAMP) {
            m.put("min", Double.isNaN(c.min()) ? null : Instant.ofEpochMilli((long) c.min()).toString());
            m.put("max", Double.isNaN(c.max()) ? null : Instant.ofEpochMilli((long) c.max()).toString());
        } else {
            m.put("entropy (nats)", finite(c.entropy()));
        }
        m.put("most frequent", c.mode());
        return m;
    }
}
