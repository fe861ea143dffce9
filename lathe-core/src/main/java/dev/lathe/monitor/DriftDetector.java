package dev.lathe.monitor;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.KsTwoSample;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Per-column and data-set drift of current data against a reference, with Evidently's default choice of method.
 * With a reference of at most {@link DriftOptions#smallReferenceRows()} present values: KS for numeric columns
 * with more than 5 distinct values (both samples together), the Z-test for columns with at most two categories,
 * the chi-square test of homogeneity otherwise (not Evidently's goodness-of-fit form, which over-detects: see
 * {@link ChiSquare}); drift when p is below the threshold. With a larger reference: the normalised Wasserstein
 * distance for numeric columns with more than 5 distinct values, Jensen-Shannon for the others; drift at or above
 * the distance threshold. Beside the distribution of present values, a column drifts when its share of missing
 * values changes (see {@link ColumnDrift#missingDrift()}). Columns are compared in parallel; a column that cannot be
 * compared (no present values, a changed type, a text column) is reported with its reason and the others go on.
 */
public final class DriftDetector {

    private final DriftOptions options;

    /**
     * A detector with the given thresholds.
     *
     * @param options thresholds; {@link DriftOptions#defaults()} for Evidently's
     */
    public DriftDetector(DriftOptions options) {
        this.options = options;
    }

    /**
     * Compares every column of {@code reference} with the same column of {@code current}.
     *
     * @param reference the reference data (often the training data), at least one row
     * @param current   the data to check, at least one row, holding every reference column (others are ignored)
     * @return one verdict per reference column and the data-set verdict
     * @throws IllegalArgumentException when either frame has no rows or columns, or current lacks a column
     */
    public DatasetDrift detect(Frame reference, Frame current) {
        if (reference.rowCount() == 0 || reference.columnCount() == 0) {
            throw new IllegalArgumentException("the reference data is empty (" + reference.rowCount() + " rows, "
                    + reference.columnCount() + " columns)");
        }
        if (current.rowCount() == 0) {
            throw new IllegalArgumentException("the current data has no rows");
        }
        List<String> lacking = reference.names().stream().filter(n -> !current.has(n)).toList();
        if (!lacking.isEmpty()) {
            throw new IllegalArgumentException("the current data lacks reference column(s) " + lacking);
        }
        List<String> names = reference.names();
        ColumnDrift[] results = new ColumnDrift[names.size()];
        Chunks.run(names.size(), c -> results[c] = column(reference.column(names.get(c)), current.column(names.get(c))));
        return summarise(Arrays.asList(results), options);
    }

    /** The data-set verdict over column verdicts: the share of drifted columns among those compared. */
    static DatasetDrift summarise(List<ColumnDrift> results, DriftOptions options) {
        int compared = 0;
        int drifted = 0;
        for (ColumnDrift r : results) {
            if (!r.failed()) {
                compared++;
                drifted += r.drift() ? 1 : 0;
            }
        }
        double share = compared == 0 ? 0 : (double) drifted / compared;
        return new DatasetDrift(results, share, compared > 0 && share >= options.driftShare());
    }

    /** One column's verdict, or the reason it could not be compared. */
    ColumnDrift column(Column reference, Column current) {
        String name = reference.name();
        try {
            if (reference.type() != current.type()) {
                return ColumnDrift.failed(name, "type changed from " + reference.type().label()
                        + " in the reference to " + current.type().label());
            }
            ColumnValues ref = ColumnValues.of(reference);
            ColumnValues cur = ColumnValues.of(current);
            if (ref.present() == 0 || cur.present() == 0) {
                return ColumnDrift.failed(name, "no present values in the " + (ref.present() == 0 ? "reference"
                        : "current data"));
            }
            return compare(name, ref, cur);
        } catch (RuntimeException e) {
            return ColumnDrift.failed(name, e.getMessage());
        }
    }

    private ColumnDrift compare(String name, ColumnValues ref, ColumnValues cur) {
        Set<String> keys = ColumnValues.categories(ref, cur);
        Sizes sizes = new Sizes(ref.present(), ref.missing(), cur.present(), cur.missing());
        if (keys != null) {
            long[] refCounts = keys.stream().mapToLong(k -> ref.counts().getOrDefault(k, 0L)).toArray();
            long[] curCounts = keys.stream().mapToLong(k -> cur.counts().getOrDefault(k, 0L)).toArray();
            return categories(name, refCounts, curCounts, sizes, options);
        }
        if (sizes.small(options)) {
            KsTwoSample.Result r = KsTwoSample.test(ref.numbers(), cur.numbers(), Alternative.TWO_SIDED);
            return verdict(name, DriftMethod.KS, r.statistic(), r.pValue(), sizes, options);
        }
        return verdict(name, DriftMethod.WASSERSTEIN, Wasserstein.normalised(ref.numbers(), cur.numbers()), Double.NaN,
                sizes, options);
    }

    /**
     * Present and missing counts of a column in the reference and the current data.
     *
     * @param refPresent present reference values
     * @param refMissing missing reference values
     * @param curPresent present current values
     * @param curMissing missing current values
     */
    record Sizes(long refPresent, long refMissing, long curPresent, long curMissing) {

        /** Whether the reference is small enough for the tests rather than the distances. */
        boolean small(DriftOptions options) {
            return refPresent <= options.smallReferenceRows();
        }
    }

    /** The verdict on categories given by their counts (same order on both sides): Z-test, chi-square or JS. */
    static ColumnDrift categories(String name, long[] refCounts, long[] curCounts, Sizes sizes, DriftOptions options) {
        if (!sizes.small(options)) {
            return verdict(name, DriftMethod.JENSEN_SHANNON,
                    Divergences.jensenShannon(Shares.ofCounts(refCounts, curCounts)), Double.NaN, sizes, options);
        }
        if (refCounts.length <= 2) {
            TestResult r = ProportionZTest.test(refCounts[0], sizes.refPresent(), curCounts[0], sizes.curPresent());
            return verdict(name, DriftMethod.Z, r.statistic(), r.pValue(), sizes, options);
        }
        TestResult r = ChiSquare.homogeneity(refCounts, curCounts);
        return verdict(name, DriftMethod.CHI_SQUARE, r.statistic(), r.pValue(), sizes, options);
    }

    /** The column's verdict from its statistic (and p-value for tests), with the missing-share verdict. */
    static ColumnDrift verdict(String name, DriftMethod method, double statistic, double p, Sizes sizes,
                               DriftOptions options) {
        double threshold = method.isTest() ? options.pValueThreshold() : options.distanceThreshold();
        boolean drift = method.isTest() ? p < threshold : statistic >= threshold;
        double refMissing = (double) sizes.refMissing() / (sizes.refPresent() + sizes.refMissing());
        double curMissing = (double) sizes.curMissing() / (sizes.curPresent() + sizes.curMissing());
        boolean missingDrift = sizes.small(options)
                ? ProportionZTest.test(sizes.refMissing(), sizes.refPresent() + sizes.refMissing(), sizes.curMissing(),
                        sizes.curPresent() + sizes.curMissing()).pValue() < options.pValueThreshold()
                : Math.abs(refMissing - curMissing) >= options.distanceThreshold();
        return new ColumnDrift(name, method, statistic, p, threshold, drift, refMissing, curMissing, missingDrift,
                null);
    }
}
