package dev.lathe.ops.flow.explain;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.tune.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Permutation importance (Breiman 2001; scikit-learn's {@code permutation_importance}): the drop of the score when
 * one input column's values are shuffled among the rows, breaking its link to the target, averaged over repeats.
 * Computed on the test rows, so it tells what the model relies on for rows it never saw. Each column's repeats
 * draw from their own seeded generator, so the result does not depend on column order or threads.
 *
 * @param repeats shuffles per column, at least 1 (default 5)
 */
public record PermutationImportance(int repeats) implements Explainer {

    /** Validates the repeats. */
    public PermutationImportance {
        dev.lathe.param.Check.atLeast("repeats", repeats, 1);
    }

    /** Five repeats per column. */
    public PermutationImportance() {
        this(5);
    }

    @Override
    public Explanation explain(FittedPipeline model, Frame test, Scorer scorer, long seed) {
        String target = model.target();
        double base = scorer.score(model, test, target);
        double sign = scorer.greaterIsBetter() ? 1 : -1;
        List<Explanation.Importance> out = new ArrayList<>();
        List<String> features = model.inputSchema().fields().stream().map(f -> f.name()).toList();
        for (int j = 0; j < features.size(); j++) {
            Column column = test.column(features.get(j));
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + j);
            double[] drops = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                int[] order = java.util.stream.IntStream.range(0, test.rowCount()).toArray();
                Shuffle.inPlace(order, rng);
                double score = scorer.score(model, test.withColumn(column.take(order)), target);
                drops[r] = sign * (base - score);
            }
            out.add(new Explanation.Importance(features.get(j), mean(drops), sd(drops)));
        }
        out.sort(Comparator.comparingDouble(Explanation.Importance::mean).reversed()
                .thenComparing(Explanation.Importance::feature));
        return new Explanation("permutation importance, " + repeats + " shuffles per column on the test rows",
                scorer.name(), out);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }
}
