package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.math.Quantiles;
import dev.lathe.pipeline.Pipeline;
import java.util.List;
import java.util.Map;

/**
 * Median pruning over folds (Optuna's {@code MedianPruner}, with folds as steps): a trial's folds run one
 * after another, and after fold j (not the last) the trial is stopped when the mean of its first j fold
 * scores is worse than the median of the same running mean over the complete trials that finished before
 * it. A pruned trial keeps the folds it ran and ranks after every complete trial.
 *
 * <p>To stay deterministic whatever the number of threads, a pruned search runs the trials of a batch in
 * waves of {@code wave} trials in parallel; a trial is compared only with the complete trials of earlier
 * waves and batches.
 *
 * @param startupTrials complete trials needed before any trial is pruned, at least 1 (default 5)
 * @param warmupFolds   folds every trial runs before it may be pruned, at least 1 (default 1)
 * @param wave          trials run in parallel at a time, at least 1 (default 4)
 */
public record MedianPruner(int startupTrials, int warmupFolds, int wave) {

    /** Validates the configuration. */
    public MedianPruner {
        dev.lathe.param.Check.atLeast("n_startup_trials", startupTrials, 1);
        dev.lathe.param.Check.atLeast("n_warmup_folds", warmupFolds, 1);
        dev.lathe.param.Check.atLeast("wave", wave, 1);
    }

    /** Five start-up trials, one warm-up fold, waves of four. */
    public MedianPruner() {
        this(5, 1, 4);
    }

    /** Cross-validates {@code pipeline} fold by fold, stopping it when it falls below the median. */
    Trial evaluate(int number, Map<String, Object> params, CrossValidation cv, Pipeline pipeline, Frame data,
                   String target, List<Trial> earlier) {
        List<Trial> complete = earlier.stream().filter(t -> !t.pruned()).toList();
        String metric = cv.metrics().get(0);
        boolean greaterIsBetter = cv.scorers().get(0).greaterIsBetter();
        boolean[] stopped = {false};
        CvResult result = cv.run(pipeline, data, target, folds -> {
            int j = folds.size();
            if (complete.size() < startupTrials || j < warmupFolds) {
                return false;
            }
            double running = runningMean(folds.stream().mapToDouble(f -> f.test().get(metric)).toArray(), j);
            double[] others = complete.stream().mapToDouble(t -> runningMean(t.cv().scores(metric), j)).toArray();
            double[] sorted = Quantiles.sortedWithoutNaN(others);
            if (sorted.length == 0) {
                return false;
            }
            double median = Quantiles.ofSorted(sorted, sorted.length, 0.5);
            stopped[0] = Double.isNaN(running) || (greaterIsBetter ? running < median : running > median);
            return stopped[0];
        });
        return new Trial(number, params, result, stopped[0]);
    }

    private static double runningMean(double[] scores, int folds) {
        double sum = 0;
        for (int i = 0; i < folds; i++) {
            sum += scores[i];
        }
        return sum / folds;
    }
}
