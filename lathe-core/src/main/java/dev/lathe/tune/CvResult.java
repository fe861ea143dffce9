package dev.lathe.tune;

import dev.lathe.frame.Frame;
import java.util.List;

/**
 * The outcome of {@link CrossValidation#run}: per-fold scores and times, and the out-of-fold predictions
 * when they were asked for.
 *
 * @param metrics     the metric names, in the order the scorers were given
 * @param folds       one entry per fold, in the splitter's order
 * @param predictions out-of-fold predictions (see {@link CrossValidation}), or null when not asked for
 */
public record CvResult(List<String> metrics, List<FoldScores> folds, Frame predictions) {

    /** Copies the lists. */
    public CvResult {
        metrics = List.copyOf(metrics);
        folds = List.copyOf(folds);
    }

    /** The test score of {@code metric} in each fold. */
    public double[] scores(String metric) {
        check(metric);
        return folds.stream().mapToDouble(f -> f.test().get(metric)).toArray();
    }

    /** The training score of {@code metric} in each fold; fails when train scores were not asked for. */
    public double[] trainScores(String metric) {
        check(metric);
        if (folds.get(0).train().isEmpty()) {
            throw new IllegalStateException("train scores were not computed; ask for them with withTrainScores()");
        }
        return folds.stream().mapToDouble(f -> f.train().get(metric)).toArray();
    }

    /** Mean and standard deviation of the test score of {@code metric} over the folds. */
    public Spread spread(String metric) {
        return Spread.of(scores(metric));
    }

    /** Mean time to fit the pipeline, over the folds. */
    public double meanFitSeconds() {
        return folds.stream().mapToDouble(FoldScores::fitSeconds).average().orElseThrow();
    }

    /** Mean time to score, over the folds. */
    public double meanScoreSeconds() {
        return folds.stream().mapToDouble(FoldScores::scoreSeconds).average().orElseThrow();
    }

    private void check(String metric) {
        if (!metrics.contains(metric)) {
            throw new IllegalArgumentException("no metric '" + metric + "' was scored; scored: " + metrics);
        }
    }
}
