package dev.lathe.stats.explore;

import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.BoxplotStats;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.distribution.BinRule;
import dev.lathe.stats.distribution.DagostinoPearson;
import dev.lathe.stats.distribution.DistributionFit;
import dev.lathe.stats.distribution.DistributionFits;
import dev.lathe.stats.distribution.FitRanking;
import dev.lathe.stats.distribution.Histogram;
import dev.lathe.stats.distribution.KernelDensity;
import dev.lathe.stats.distribution.ShapiroWilk;
import dev.lathe.stats.distribution.Curve;
import dev.lathe.stats.quality.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the {@link ColumnProfile} of one column: each statistic is attempted on its own ({@link Attempt}), so
 * one that cannot be computed leaves a note and the others still run.
 */
final class ColumnProfiler {

    /** Distribution fits kept per column, best AIC first. */
    static final int FITS = 3;

    private final ExploreOptions options;
    private final int[] sample;

    /**
     * @param sample the rows of the seeded sample for the density and the fits, ascending; null for every row
     */
    ColumnProfiler(ExploreOptions options, int[] sample) {
        this.options = options;
        this.sample = sample;
    }

    /** The profile of {@code column} (already without infinities) described by {@code summary}. */
    ColumnProfile profile(Column column, ColumnSummary summary) {
        List<Finding> notes = new ArrayList<>();
        if (!(column instanceof NumericColumn values)) {
            return new ColumnProfile(summary, null, null, null, null, List.of(), notes);
        }
        String name = values.name();
        // sorted once, missing values last: the statistics below re-sort it in linear time
        double[] ordered = values.toArray();
        Arrays.sort(ordered);
        NumericColumn sorted = NumericColumn.wrap(name, ordered);
        NumericColumn sampled = sample == null ? values : values.take(sample);
        Histogram histogram = Attempt.of("histogram", name, notes,
                () -> Histogram.of(sorted, BinRule.AUTO, options.maxBins()));
        Curve density = Attempt.of("kernel density", name, notes, () -> KernelDensity.of(sampled).grid());
        BoxplotStats boxplot = Attempt.of("box plot", name, notes,
                () -> BoxplotStats.of(values, options.quality().fence()));
        NormalityCheck normality = Attempt.of("normality test", name, notes, () -> normality(sorted, summary));
        FitRanking ranking = Attempt.of("distribution fit", name, notes, () -> DistributionFits.rank(sampled));
        List<DistributionFit> fits = ranking == null ? List.of()
                : ranking.fits().subList(0, Math.min(FITS, ranking.fits().size()));
        return new ColumnProfile(summary, histogram, density, boxplot, normality, fits, notes);
    }

    private static NormalityCheck normality(NumericColumn values, ColumnSummary summary) {
        long present = summary.count() - summary.infinite();
        return present <= ShapiroWilk.MAX_N
                ? new NormalityCheck(NormalityCheck.SHAPIRO_WILK, ShapiroWilk.test(values))
                : new NormalityCheck(NormalityCheck.DAGOSTINO_PEARSON, DagostinoPearson.test(values));
    }
}
