package dev.lathe.ops.flow.explain;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.tune.Scorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The flow's explanation by permutation importance (Breiman 2001; scikit-learn's {@code permutation_importance}):
 * {@link dev.lathe.explain.PermutationImportance} on the held-out test rows, in the flow's metric, so it tells
 * what the model relies on for rows it never saw.
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
        dev.lathe.explain.PermutationImportance.Result r =
                new dev.lathe.explain.PermutationImportance(scorer.name(), repeats, seed).compute(model, test);
        double[] mean = r.mean();
        double[] sd = r.std();
        List<Explanation.Importance> out = new ArrayList<>();
        for (int j = 0; j < mean.length; j++) {
            out.add(new Explanation.Importance(r.columns().get(j), mean[j], sd[j]));
        }
        out.sort(Comparator.comparingDouble(Explanation.Importance::mean).reversed()
                .thenComparing(Explanation.Importance::feature));
        return new Explanation("permutation importance, " + repeats + " shuffles per column on the test rows",
                scorer.name(), out);
    }
}
