package dev.lathe.explain;

import dev.lathe.eval.Metric;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Shuffle;
import dev.lathe.model.Classifier;
import dev.lathe.model.Task;
import dev.lathe.parallel.Chunks;
import dev.lathe.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Permutation importance (Breiman 2001; scikit-learn's {@code permutation_importance}): how much a metric
 * worsens when the values of an input column (or of a group of columns, permuted together with the same
 * shuffle) are shuffled across rows, which breaks the column's link to the target while keeping its
 * distribution. Positive means the model relies on the column. The shuffles are drawn in order from
 * {@code seed} before any scoring, so results do not depend on threads.
 *
 * @param metric  a metric name from {@link Metric#names()}; null for the default (r2 for regression,
 *                accuracy for classification)
 * @param repeats shuffles per column, at least 1 (default 5)
 * @param seed    seed of the shuffles (default 0)
 */
public record PermutationImportance(String metric, int repeats, long seed) {

    public PermutationImportance {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
    }

    /**
     * The importances.
     *
     * @param metric     the metric's name
     * @param baseline   the metric on the unshuffled data
     * @param columns    a name per group (the column name for single columns)
     * @param decreases  {@code decreases[g][r]}: how much worse shuffle r of group g made the metric
     */
    public record Result(String metric, double baseline, List<String> columns, double[][] decreases) {

        /** The mean decrease per group. */
        public double[] mean() {
            double[] out = new double[decreases.length];
            for (int g = 0; g < out.length; g++) {
                for (double d : decreases[g]) {
                    out[g] += d / decreases[g].length;
                }
            }
            return out;
        }

        /** The standard deviation of the decreases per group (population, as scikit-learn). */
        public double[] std() {
            double[] mean = mean();
            double[] out = new double[decreases.length];
            for (int g = 0; g < out.length; g++) {
                for (double d : decreases[g]) {
                    out[g] += (d - mean[g]) * (d - mean[g]) / decreases[g].length;
                }
                out[g] = Math.sqrt(out[g]);
            }
            return out;
        }
    }

    /** Importance of every input column of {@code pipeline} on {@code data} (input columns and the target). */
    public Result compute(FittedPipeline pipeline, Frame data) {
        Map<String, List<String>> single = new LinkedHashMap<>();
        pipeline.inputSchema().fields().forEach(f -> single.put(f.name(), List.of(f.name())));
        return compute(pipeline, data, single);
    }

    /**
     * Importance of each named group of input columns (e.g. {@code "address" -> [street, city, zip]}).
     *
     * @param groups group name to the columns shuffled together; every column must be in {@code data}
     */
    public Result compute(FittedPipeline pipeline, Frame data, Map<String, List<String>> groups) {
        String target = pipeline.target();
        if (!data.has(target)) {
            throw new IllegalArgumentException("permutation importance needs the target column '" + target
                    + "' in the data; columns: " + data.names());
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            for (String c : g.getValue()) {
                if (!data.has(c)) {
                    throw new IllegalArgumentException("group '" + g.getKey() + "' names column '" + c
                            + "', which is not in the data; columns: " + data.names());
                }
            }
        }
        Metric m = Metric.of(metric != null ? metric : pipeline.task() == Task.REGRESSION ? "r2" : "accuracy");
        Scorer scorer = scorer(pipeline, data.column(target), m);
        int n = data.rowCount();
        List<String> names = new ArrayList<>(groups.keySet());
        int[][][] shuffles = new int[names.size()][repeats][];
        SplittableRandom random = new SplittableRandom(seed);
        for (int g = 0; g < names.size(); g++) {
            for (int r = 0; r < repeats; r++) {
                int[] rows = new int[n];
                for (int i = 0; i < n; i++) {
                    rows[i] = i;
                }
                Shuffle.inPlace(rows, random);
                shuffles[g][r] = rows;
            }
        }
        double baseline = scorer.score(data);
        double sign = m.greaterIsBetter() ? 1 : -1;
        double[][] decreases = new double[names.size()][repeats];
        Chunks.run(names.size() * repeats, task -> {
            int g = task / repeats;
            int r = task % repeats;
            Frame shuffled = data;
            for (String c : groups.get(names.get(g))) {
                shuffled = shuffled.withColumn(data.column(c).take(shuffles[g][r]));
            }
            decreases[g][r] = sign * (baseline - scorer.score(shuffled));
        });
        return new Result(m.name(), baseline, List.copyOf(names), decreases);
    }

    /** Scores a frame of rows with the metric against the fixed target. */
    private interface Scorer {
        double score(Frame rows);
    }

    private static Scorer scorer(FittedPipeline pipeline, Column target, Metric m) {
        if (m instanceof Metric.Regression reg) {
            if (pipeline.task() != Task.REGRESSION) {
                throw new IllegalArgumentException("metric '" + m.name() + "' is for regression; the model classifies");
            }
            double[] y = ((NumericColumn) target).toArray();
            return rows -> reg.score(y, ModelOutput.predictions(pipeline).apply(rows)[0], null);
        }
        if (!(pipeline.model() instanceof Classifier c)) {
            throw new IllegalArgumentException("metric '" + m.name() + "' is for classification; the model is a regressor");
        }
        Metric.Classification cls = (Metric.Classification) m;
        int[] y = new int[target.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = target.isMissing(i) ? -1 : c.classes().indexOf(target.format(i));
            if (y[i] < 0) {
                throw new IllegalArgumentException("target '" + target.name() + "' row " + (i + 1) + " has class '"
                        + target.format(i) + "', not one of the model's classes " + c.classes());
            }
        }
        return rows -> cls.score(y, c.predictProba(pipeline.transform(rows)), null);
    }
}
