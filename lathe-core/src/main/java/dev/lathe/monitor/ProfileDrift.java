package dev.lathe.monitor;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.RadixSort;
import dev.lathe.monitor.profile.CategoryProfile;
import dev.lathe.monitor.profile.ColumnProfile;
import dev.lathe.monitor.profile.DataProfile;
import dev.lathe.monitor.profile.NumericProfile;
import dev.lathe.parallel.Chunks;
import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.KsTwoSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.datasketches.quantilescommon.DoublesSortedView;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * Drift of current data against a reference {@link DataProfile} rather than reference rows, with the same choice
 * of method and thresholds as {@link DriftDetector}. Numeric columns are compared with the reference's KLL sketch
 * read as a weighted sample (its retained values and their weights): KS and Wasserstein are computed exactly
 * against that sample, which is the reference itself while the sketch holds at most k values (so a reference of
 * up to 1000 rows gives the same verdicts as the raw rows) and otherwise within the sketch's rank error.
 * Categories use the profile's exact counts (or, beyond its cap, the frequent labels and one bucket of the rest).
 */
public final class ProfileDrift {

    /** The bucket that holds labels a sketched categorical profile does not list. */
    public static final String OTHER = "(other)";

    private final DriftOptions options;

    /**
     * A detector with the given thresholds.
     *
     * @param options thresholds; {@link DriftOptions#defaults()} for Evidently's
     */
    public ProfileDrift(DriftOptions options) {
        this.options = options;
    }

    /**
     * Compares every profiled column with the same column of {@code current}; skipped reference columns (text,
     * timestamps) are reported as failed with the reason.
     *
     * @throws IllegalArgumentException when the profile has no rows, current has no rows, or lacks a column
     */
    public DatasetDrift detect(DataProfile reference, Frame current) {
        if (reference.rows() == 0 || reference.columns().isEmpty()) {
            throw new IllegalArgumentException("the reference profile is empty (" + reference.rows() + " rows, "
                    + reference.columns().size() + " profiled columns)");
        }
        if (current.rowCount() == 0) {
            throw new IllegalArgumentException("the current data has no rows");
        }
        List<String> lacking = reference.columns().keySet().stream().filter(n -> !current.has(n)).toList();
        if (!lacking.isEmpty()) {
            throw new IllegalArgumentException("the current data lacks reference column(s) " + lacking);
        }
        List<ColumnProfile> profiles = List.copyOf(reference.columns().values());
        ColumnDrift[] results = new ColumnDrift[profiles.size()];
        Chunks.run(profiles.size(), c -> results[c] = column(profiles.get(c), current.column(profiles.get(c).name())));
        List<ColumnDrift> all = new ArrayList<>(Arrays.asList(results));
        reference.skipped().forEach((name, why) -> all.add(ColumnDrift.failed(name, why)));
        return DriftDetector.summarise(all, options);
    }

    /** One column's verdict, or the reason it could not be compared. */
    ColumnDrift column(ColumnProfile reference, Column current) {
        String name = reference.name();
        try {
            if (reference.type() != current.type()) {
                return ColumnDrift.failed(name, "type changed from " + reference.type().label()
                        + " in the reference to " + current.type().label());
            }
            ColumnValues cur = ColumnValues.of(current);
            if (reference.present() == 0 || cur.present() == 0) {
                return ColumnDrift.failed(name, "no present values in the " + (reference.present() == 0
                        ? "reference" : "current data"));
            }
            DriftDetector.Sizes sizes = new DriftDetector.Sizes(reference.present(), reference.missing(),
                    cur.present(), cur.missing());
            if (reference instanceof CategoryProfile c) {
                return categories(name, c, cur, sizes);
            }
            NumericProfile n = (NumericProfile) reference;
            Map<Double, Long> few = n.fewValues();
            if (few != null && cur.counts() != null) {
                Map<String, Long> labelled = new java.util.LinkedHashMap<>();
                few.forEach((v, k) -> labelled.put(NumericColumn.format(v), k));
                Set<String> keys = new LinkedHashSet<>(labelled.keySet());
                keys.addAll(cur.counts().keySet());
                if (keys.size() <= NumericProfile.MAX_FEW_VALUES) {
                    return DriftDetector.categories(name, counts(keys, labelled), counts(keys, cur.counts()), sizes,
                            options);
                }
            }
            double[] sorted = cur.numbers();   // a fresh copy made for this comparison, sorted in place
            RadixSort.sort(sorted);
            DoublesSortedView view = n.sortedView();
            if (sizes.small(options)) {
                double d = ksStatistic(view, sorted);
                KsTwoSample.Result r = KsTwoSample.ofStatistic(d, (int) reference.present(), sorted.length,
                        Alternative.TWO_SIDED);
                return DriftDetector.verdict(name, DriftMethod.KS, r.statistic(), r.pValue(), sizes, options);
            }
            double w = wasserstein(view, sorted) / Math.max(n.sd(), 0.001);
            return DriftDetector.verdict(name, DriftMethod.WASSERSTEIN, w, Double.NaN, sizes, options);
        } catch (RuntimeException e) {
            return ColumnDrift.failed(name, e.getMessage());
        }
    }

    private ColumnDrift categories(String name, CategoryProfile reference, ColumnValues cur,
                                   DriftDetector.Sizes sizes) {
        Map<String, Long> ref = reference.counts();
        Set<String> keys = new LinkedHashSet<>(ref.keySet());
        Map<String, Long> current = cur.counts();
        if (reference.exact()) {
            keys.addAll(current.keySet());
        } else {
            // estimates of frequent labels may exceed their true counts a little, so the rest is at least 0
            ref.put(OTHER, Math.max(0, reference.present() - ref.values().stream().mapToLong(Long::longValue).sum()));
            Map<String, Long> folded = new java.util.LinkedHashMap<>();
            current.forEach((k, v) -> folded.merge(keys.contains(k) ? k : OTHER, v, Long::sum));
            keys.add(OTHER);
            current = folded;
        }
        return DriftDetector.categories(name, counts(keys, ref), counts(keys, current), sizes, options);
    }

    private static long[] counts(Set<String> keys, Map<String, Long> counts) {
        return keys.stream().mapToLong(k -> counts.getOrDefault(k, 0L)).toArray();
    }

    /**
     * Reference and current shares of the profile's fixed histogram bins (the open bins below and above
     * included), for {@link Divergences}: exact counts on both sides, empty bins filled as {@link Shares} does.
     *
     * @param reference a numeric profile with present values
     * @param current   finite current values, at least one
     */
    public static Shares histogramShares(NumericProfile reference, double[] current) {
        Samples.requireNonEmpty(current, "current");
        long[] counts = new long[reference.histogram().length];
        for (double v : current) {
            counts[reference.bin(v)]++;
        }
        return Shares.ofCounts(reference.histogram(), counts);
    }

    /**
     * Shares of the bins at the reference's deciles, the customary bins of the population stability index, as
     * {@link Shares#referenceDeciles} makes them from raw rows, but with the deciles and the reference's shares
     * read from the KLL sketch (exact while it holds every value; otherwise within its rank error, about 0.3%
     * at k = 1000); the current shares are exact.
     *
     * @param reference a numeric profile with present values
     * @param current   finite current values, at least one
     */
    public static Shares decileShares(NumericProfile reference, double[] current) {
        Samples.requireNonEmpty(current, "current");
        DoublesSortedView view = reference.sortedView();
        double[] edges = java.util.stream.IntStream.rangeClosed(1, 9).mapToDouble(d -> linearQuantile(view, d / 10.0))
                .distinct().toArray();
        double[] cdf = reference.sketch().getCDF(edges, QuantileSearchCriteria.EXCLUSIVE);
        double[] ref = new double[edges.length + 1];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = cdf[i] - (i == 0 ? 0 : cdf[i - 1]);
        }
        long[] cur = new long[edges.length + 1];
        for (double v : current) {
            int i = Arrays.binarySearch(edges, v);
            cur[i >= 0 ? i + 1 : -i - 1]++;   // numpy.digitize: the number of (distinct) edges at or below v
        }
        long total = current.length;
        return Shares.filled(ref, Arrays.stream(cur).mapToDouble(c -> (double) c / total).toArray());
    }

    /**
     * The {@code p} quantile of the sketch's weighted sample with numpy's default linear interpolation: position
     * p (N - 1) among the N values the retained ones stand for, between the values at its floor and the next.
     */
    static double linearQuantile(DoublesSortedView view, double p) {
        double[] q = view.getQuantiles();
        long[] w = view.getCumulativeWeights();
        double h = p * (view.getN() - 1);
        long below = (long) Math.floor(h);
        double lo = valueAt(q, w, below);
        double hi = valueAt(q, w, Math.min(below + 1, view.getN() - 1));
        return lo + (h - below) * (hi - lo);
    }

    /** The value at 0-based position {@code k} of the weighted sample (the first whose cumulative weight passes k). */
    private static double valueAt(double[] q, long[] w, long k) {
        int i = Arrays.binarySearch(w, k + 1);
        return q[i >= 0 ? i : -i - 1];
    }

    /** sup |F_ref - F_cur| with F_ref the sketch's weighted distribution and F_cur of the sorted current values. */
    static double ksStatistic(DoublesSortedView reference, double[] current) {
        double[] q = reference.getQuantiles();
        long[] w = reference.getCumulativeWeights();
        double total = reference.getN();
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < q.length && j < current.length) {
            double v = Math.min(q[i], current[j]);
            while (i < q.length && q[i] <= v) {
                i++;
            }
            while (j < current.length && current[j] <= v) {
                j++;
            }
            double fr = i == 0 ? 0 : w[i - 1] / total;
            d = Math.max(d, Math.abs(fr - (double) j / current.length));
        }
        return d;
    }

    /** The integral of |F_ref - F_cur| over the line (the first Wasserstein distance), F_ref from the sketch. */
    static double wasserstein(DoublesSortedView reference, double[] current) {
        double[] q = reference.getQuantiles();
        long[] w = reference.getCumulativeWeights();
        double total = reference.getN();
        int i = 0;
        int j = 0;
        double sum = 0;
        double prev = Math.min(q[0], current[0]);
        double fr = 0;
        double fc = 0;
        while (i < q.length || j < current.length) {
            double v = Math.min(i < q.length ? q[i] : Double.POSITIVE_INFINITY,
                    j < current.length ? current[j] : Double.POSITIVE_INFINITY);
            sum += Math.abs(fr - fc) * (v - prev);
            while (i < q.length && q[i] <= v) {
                i++;
            }
            while (j < current.length && current[j] <= v) {
                j++;
            }
            fr = i == 0 ? 0 : w[i - 1] / total;
            fc = (double) j / current.length;
            prev = v;
        }
        return sum;
    }
}
