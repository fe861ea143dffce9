package dev.lathe.ops.gate;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.tune.Scorer;
import dev.lathe.tune.Scorers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CI/CD quality gate: scores a candidate model on hold-out rows with the metric registry Lathe evaluates
 * with ({@link Scorers}), and holds it to absolute bounds, to a baseline model (usually the registry's
 * champion) and to a size limit.
 *
 * <pre>{@code
 * GateResult r = new QualityGate(new GateSpec("roc_auc", 0.85, null, 0.005, 50.0))
 *         .check(candidate, candidateBytes, holdout, champion, championHoldout);
 * if (!r.passed()) { ... }
 * }</pre>
 */
public final class QualityGate {

    private static final double MB = 1e6;

    private final GateSpec spec;
    private final Scorer scorer;

    /**
     * @param spec the thresholds
     * @throws IllegalArgumentException when the metric is unknown (the message lists the known ones)
     */
    public QualityGate(GateSpec spec) {
        this.spec = spec;
        this.scorer = Scorers.named(spec.metric());
    }

    /**
     * Runs the gate.
     *
     * @param candidate the candidate model
     * @param candidateBytes the size of its file
     * @param holdout hold-out rows typed for the candidate, with its target column
     * @param baseline the model to beat, or null
     * @param baselineHoldout the same rows typed for the baseline (null without a baseline)
     * @return every check and the scores
     * @throws IllegalArgumentException when nothing would be checked (no bound, no baseline, no size limit)
     */
    public GateResult check(FittedPipeline candidate, long candidateBytes, Frame holdout, FittedPipeline baseline,
            Frame baselineHoldout) {
        if (spec.min() == null && spec.max() == null && baseline == null && spec.maxSizeMb() == null) {
            throw new IllegalArgumentException("a gate needs at least one of --min, --max, --baseline, --max-size-mb");
        }
        String metric = spec.metric();
        double score = scorer.score(candidate, holdout, candidate.target());
        List<GateCheck> checks = new ArrayList<>();
        if (spec.min() != null) {
            checks.add(bound("min", score, spec.min(), score - spec.min(),
                    String.format(Locale.ROOT, "%s %.6g >= %.6g", metric, score, spec.min())));
        }
        if (spec.max() != null) {
            checks.add(bound("max", score, spec.max(), spec.max() - score,
                    String.format(Locale.ROOT, "%s %.6g <= %.6g", metric, score, spec.max())));
        }
        double base = Double.NaN;
        if (baseline != null) {
            base = scorer.score(baseline, baselineHoldout, baseline.target());
            double improvement = scorer.greaterIsBetter() ? score - base : base - score;
            double needed = spec.minImprovement() == null ? 0 : spec.minImprovement();
            checks.add(bound("baseline", improvement, needed, improvement - needed, String.format(Locale.ROOT,
                    "%s %.6g vs baseline %.6g: improvement %.6g >= %.6g (%s is better)", metric, score, base,
                    improvement, needed, scorer.greaterIsBetter() ? "higher" : "lower")));
        }
        if (spec.maxSizeMb() != null) {
            double mb = candidateBytes / MB;
            checks.add(bound("size", mb, spec.maxSizeMb(), spec.maxSizeMb() - mb,
                    String.format(Locale.ROOT, "model file %.3f MB <= %.3f MB", mb, spec.maxSizeMb())));
        }
        return new GateResult(metric, scorer.greaterIsBetter(), score, base, checks);
    }

    private static GateCheck bound(String name, double value, double threshold, double margin, String text) {
        // NaN (a metric undefined on these rows) never passes
        return new GateCheck(name, margin >= 0, value, threshold, margin, text);
    }
}
