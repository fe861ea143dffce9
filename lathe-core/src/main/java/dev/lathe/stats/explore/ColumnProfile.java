package dev.lathe.stats.explore;

import dev.lathe.stats.BoxplotStats;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.distribution.Curve;
import dev.lathe.stats.distribution.DistributionFit;
import dev.lathe.stats.distribution.Histogram;
import dev.lathe.stats.quality.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Exploration} found about one column. The distribution parts are for numeric columns and are
 * null (or empty) for the others, or when they could not be computed; {@code notes} then says why. Infinite
 * values are left out of every part, as if missing (the overview's findings count them).
 *
 * @param summary   the {@link dev.lathe.stats.Describe} summary, with the top levels of every column type
 * @param histogram counts in equal bins, width by NumPy's 'auto' rule, at most {@link ExploreOptions#maxBins}
 * @param density   Gaussian kernel density (Scott's bandwidth) on a grid, from the sample when the data have more
 *                  rows than {@link ExploreOptions#sampleRows}
 * @param boxplot   Tukey box-plot statistics with the outliers, from every row
 * @param normality the normality test, from every row
 * @param fits      the best distribution fits by AIC, at most three, from the sample
 * @param notes     statistics that could not be computed, each as a finding on this column
 */
public record ColumnProfile(ColumnSummary summary, Histogram histogram, Curve density, BoxplotStats boxplot,
                            NormalityCheck normality, List<DistributionFit> fits, List<Finding> notes) {

    /** Outliers listed in {@link #toMap()}: the most extreme ones. */
    public static final int LISTED_OUTLIERS = 20;

    /** Copies the lists. */
    public ColumnProfile {
        fits = List.copyOf(fits);
        notes = List.copyOf(notes);
    }

    /** The column's name. */
    public String name() {
        return summary.name();
    }

    /**
     * As a JSON-able map: the summary's entries ({@link ColumnSummary#toMap()}), then histogram (edges,
     * counts), density (x, y), boxplot (quartiles, fences, whiskers, outlier_count and the
     * {@value #LISTED_OUTLIERS} outliers furthest from the median), normality, fits (family, parameters,
     * aic, bic, ks, n) and notes; a part that was not computed is null.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(summary.toMap());
        if (histogram != null) {
            m.put("histogram", Map.of("edges", JsonValues.finite(histogram.edges()),
                    "counts", Arrays.stream(histogram.counts()).boxed().toList()));
        } else {
            m.put("histogram", null);
        }
        m.put("density", density == null ? null
                : Map.of("x", JsonValues.finite(density.x()), "y", JsonValues.finite(density.y())));
        m.put("boxplot", boxplot == null ? null : boxplotMap(boxplot));
        m.put("normality", normality == null ? null : normality.toMap());
        List<Map<String, Object>> fitMaps = new ArrayList<>();
        for (DistributionFit f : fits) {
            Map<String, Object> fit = new LinkedHashMap<>();
            fit.put("family", f.family().label());
            fit.put("parameters", f.parameters());
            fit.put("aic", JsonValues.finite(f.aic()));
            fit.put("bic", JsonValues.finite(f.bic()));
            fit.put("ks", JsonValues.finite(f.ks()));
            fit.put("n", f.count());
            fitMaps.add(fit);
        }
        m.put("fits", fitMaps);
        m.put("notes", notes.stream().map(Finding::toMap).toList());
        return m;
    }

    private static Map<String, Object> boxplotMap(BoxplotStats b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q1", JsonValues.finite(b.q1()));
        m.put("median", JsonValues.finite(b.median()));
        m.put("q3", JsonValues.finite(b.q3()));
        m.put("iqr", JsonValues.finite(b.iqr()));
        m.put("k", b.k());
        m.put("lower_fence", JsonValues.finite(b.lowerFence()));
        m.put("upper_fence", JsonValues.finite(b.upperFence()));
        m.put("lower_whisker", JsonValues.finite(b.lowerWhisker()));
        m.put("upper_whisker", JsonValues.finite(b.upperWhisker()));
        m.put("outlier_count", b.outlierCount());
        double median = b.median();
        m.put("outliers", Arrays.stream(b.outliers()).boxed()
                .sorted(Comparator.comparingDouble((Double v) -> Math.abs(v - median)).reversed())
                .limit(LISTED_OUTLIERS).toList());
        return m;
    }
}
