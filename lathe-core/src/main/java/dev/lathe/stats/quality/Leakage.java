package dev.lathe.stats.quality;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.Correlation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Target-leakage suspects ({@code target_leakage}): a single feature that predicts the target almost
 * perfectly on its own, measured on the rows where both are present and finite, by the simplest rule that
 * fits the two types:
 * <ul>
 *   <li>numeric feature, numeric target: |Pearson r|;</li>
 *   <li>numeric feature, class target: accuracy of the best one-split decision stump (one threshold, the
 *       majority class on each side);</li>
 *   <li>categorical, text or boolean feature, class target: purity, the accuracy of predicting each level's
 *       majority class;</li>
 *   <li>categorical, text or boolean feature, numeric target: the correlation ratio eta, sqrt(between-level
 *       sum of squares / total sum of squares).</li>
 * </ul>
 * The feature is a suspect when the score reaches {@link QualityOptions#leakage}. Rules over levels are
 * applied only to features with at most one level per 10 rows (a feature with a level per row is always
 * pure: that is an identifier, reported as such), and a class-target score counts only when always
 * predicting the majority class scores less (an imbalanced target is reported as such). Timestamp features
 * are not scored.
 */
final class Leakage {

    private static final int ROWS_PER_LEVEL = 10;

    private Leakage() {
    }

    static List<Finding> of(Column feature, Column target, Labels classes, QualityOptions o) {
        if (feature.type() == ColumnType.TIMESTAMP) {
            return List.of();
        }
        boolean numericFeature = feature.type() == ColumnType.NUMERIC;
        double score;
        String measure;
        if (classes == null) {
            double[] y = finite(target);
            if (numericFeature) {
                double[] x = finite(feature);
                score = complete(x, y) < 2 ? Double.NaN : Math.abs(Correlation.pearson(x, y).statistic());
                measure = "|Pearson r|";
            } else {
                score = correlationRatio(Labels.of(feature), y);
                measure = "correlation ratio";
            }
        } else {
            double majority = majorityShare(classes.codes(), classes.count());
            score = numericFeature ? stumpAccuracy(finite(feature), classes) : purity(Labels.of(feature), classes);
            score = score > majority ? score : Double.NaN;
            measure = numericFeature ? "accuracy of one threshold" : "accuracy of one class per level";
        }
        if (!(score >= o.leakage())) {
            return List.of();
        }
        return List.of(new Finding("target_leakage", Severity.CRITICAL, List.of(feature.name(), target.name()), score,
                String.format(Locale.ROOT, "column '%s' alone predicts target '%s' almost perfectly (%s %.4f): check "
                        + "that it is known before the target at prediction time, or drop it.", feature.name(),
                        target.name(), measure, score)));
    }

    private static double[] finite(Column c) {
        double[] v = ((NumericColumn) c).toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isInfinite(v[i]) ? Double.NaN : v[i];
        }
        return v;
    }

    private static int complete(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Double.isNaN(x[i]) || Double.isNaN(y[i]) ? 0 : 1;
        }
        return n;
    }

    private static double majorityShare(int[] codes, int count) {
        long[] counts = new long[count];
        long n = 0;
        for (int c : codes) {
            if (c >= 0) {
                counts[c]++;
                n++;
            }
        }
        return (double) Arrays.stream(counts).max().orElse(0) / n;
    }

    /**
     * The best accuracy of "class a below a threshold, class b from it": the feature values of each class
     * sorted, then merged in ascending order while moving counts from the right side to the left; O(n k).
     */
    private static double stumpAccuracy(double[] x, Labels classes) {
        int k = classes.count();
        double[][] byClass = new double[k][];
        int[] sizes = new int[k];
        int[] codes = classes.codes();
        for (int i = 0; i < x.length; i++) {
            if (codes[i] >= 0 && !Double.isNaN(x[i])) {
                sizes[codes[i]]++;
            }
        }
        long n = 0;
        for (int c = 0; c < k; c++) {
            byClass[c] = new double[sizes[c]];
            n += sizes[c];
        }
        if (n == 0) {
            return Double.NaN;
        }
        int[] filled = new int[k];
        for (int i = 0; i < x.length; i++) {
            if (codes[i] >= 0 && !Double.isNaN(x[i])) {
                byClass[codes[i]][filled[codes[i]]++] = x[i];
            }
        }
        long[] right = new long[k];
        for (int c = 0; c < k; c++) {
            Arrays.sort(byClass[c]);
            right[c] = sizes[c];
        }
        long[] left = new long[k];
        int[] next = new int[k];
        long best = Arrays.stream(right).max().orElse(0);
        long moved = 0;
        while (moved < n) {
            double v = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (next[c] < sizes[c]) {
                    v = Math.min(v, byClass[c][next[c]]);
                }
            }
            for (int c = 0; c < k; c++) {
                while (next[c] < sizes[c] && byClass[c][next[c]] == v) {
                    next[c]++;
                    left[c]++;
                    right[c]--;
                    moved++;
                }
            }
            best = Math.max(best, Arrays.stream(left).max().orElse(0) + Arrays.stream(right).max().orElse(0));
        }
        return (double) best / n;
    }

    /** Accuracy of predicting each feature level's majority class; NaN when there are too many levels. */
    private static double purity(Labels feature, Labels classes) {
        int[] f = feature.codes();
        int[] y = classes.codes();
        long n = 0;
        for (int i = 0; i < f.length; i++) {
            n += f[i] >= 0 && y[i] >= 0 ? 1 : 0;
        }
        if (n == 0 || (long) feature.count() * ROWS_PER_LEVEL > n
                || (long) feature.count() * classes.count() > Integer.MAX_VALUE / 8) {
            return Double.NaN;
        }
        long[] counts = new long[feature.count() * classes.count()];
        for (int i = 0; i < f.length; i++) {
            if (f[i] >= 0 && y[i] >= 0) {
                counts[f[i] * classes.count() + y[i]]++;
            }
        }
        long correct = 0;
        for (int level = 0; level < feature.count(); level++) {
            long max = 0;
            for (int c = 0; c < classes.count(); c++) {
                max = Math.max(max, counts[level * classes.count() + c]);
            }
            correct += max;
        }
        return (double) correct / n;
    }

    /** eta = sqrt(SS between levels / SS total) of {@code y} grouped by the feature's levels. */
    private static double correlationRatio(Labels feature, double[] y) {
        int[] f = feature.codes();
        double[] sums = new double[feature.count()];
        long[] counts = new long[feature.count()];
        long n = 0;
        double total = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] >= 0 && !Double.isNaN(y[i])) {
                sums[f[i]] += y[i];
                counts[f[i]]++;
                total += y[i];
                n++;
            }
        }
        if (n < 2 || (long) feature.count() * ROWS_PER_LEVEL > n) {
            return Double.NaN;
        }
        double mean = total / n;
        double ssTotal = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] >= 0 && !Double.isNaN(y[i])) {
                ssTotal += (y[i] - mean) * (y[i] - mean);
            }
        }
        double ssBetween = 0;
        for (int level = 0; level < sums.length; level++) {
            if (counts[level] > 0) {
                double d = sums[level] / counts[level] - mean;
                ssBetween += counts[level] * d * d;
            }
        }
        return ssTotal == 0 ? Double.NaN : Math.sqrt(ssBetween / ssTotal);
    }
}
