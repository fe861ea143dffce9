package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.Splitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Cross-validation of a whole pipeline (scikit-learn's {@code cross_validate}): for each fold of the
 * splitter, a fresh copy of the pipeline, preparation included, is fitted on the fold's training rows and
 * scored on its test rows. Folds run in parallel through {@link Chunks}; the scores do not depend on the
 * number of threads.
 *
 * @param splitter        any splitter (k-fold, stratified, grouped, time-ordered...)
 * @param scorers         the metrics, at least one, names unique; the first is the one searches rank by
 * @param trainScores     also score each fold's model on its own training rows (default false)
 * @param keepPredictions also return the out-of-fold predictions (default false): one row per data row,
 *                        column {@code fold} then the columns of {@link FittedPipeline#predict}; needs a
 *                        splitter whose test sets do not overlap; rows no fold tests are missing
 */
public record CrossValidation(Splitter splitter, List<Scorer> scorers, boolean trainScores, boolean keepPredictions) {

    /** Validates the configuration. */
    public CrossValidation {
        if (splitter == null) {
            throw new IllegalArgumentException("cross-validation needs a splitter");
        }
        if (scorers == null || scorers.isEmpty()) {
            throw new IllegalArgumentException("cross-validation needs at least one metric");
        }
        if (scorers.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("a metric is null");
        }
        scorers = List.copyOf(scorers);
        if (new HashSet<>(metricNames(scorers)).size() != scorers.size()) {
            throw new IllegalArgumentException("metric names repeat: " + metricNames(scorers));
        }
    }

    /** Test scores only, no predictions. */
    public CrossValidation(Splitter splitter, Scorer... scorers) {
        this(splitter, Arrays.asList(scorers), false, false);
    }

    /** The same cross-validation, also scoring each fold's model on its training rows. */
    public CrossValidation withTrainScores() {
        return new CrossValidation(splitter, scorers, true, keepPredictions);
    }

    /** The same cross-validation, also returning out-of-fold predictions. */
    public CrossValidation withPredictions() {
        return new CrossValidation(splitter, scorers, trainScores, true);
    }

    /** The metric names, in order. */
    public List<String> metrics() {
        return metricNames(scorers);
    }

    /**
     * Cross-validates {@code pipeline} on {@code data} (scikit-learn's
     * {@code cross_validate(pipeline, data, cv=splitter, scoring=metrics)}).
     */
    public static CvResult crossValidate(Pipeline pipeline, Frame data, String target, Splitter splitter,
                                         Scorer... metrics) {
        return new CrossValidation(splitter, metrics).run(pipeline, data, target);
    }

    /**
     * Fits and scores {@code pipeline} on every fold of {@code data}. Bad input in a fold fails the run with
     * a message naming the first such fold.
     *
     * @param target the target column's name; every other column is a feature
     */
    public CvResult run(Pipeline pipeline, Frame data, String target) {
        List<Fold> folds = splitter.split(data, data.column(target));
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("the splitter made no folds");
        }
        FoldScores[] scores = new FoldScores[folds.size()];
        Frame[] predictions = new Frame[folds.size()];
        IllegalArgumentException[] failures = new IllegalArgumentException[folds.size()];
        Chunks.run(folds.size(), f -> {
            try {
                scores[f] = fold(f, folds.get(f), pipeline, data, target, predictions);
            } catch (IllegalArgumentException e) {
                failures[f] = failed(f, folds.size(), e);
            }
        });
        for (IllegalArgumentException e : failures) {
            if (e != null) {
                throw e; // the first failing fold in fold order, whatever the thread timing
            }
        }
        return new CvResult(metrics(), List.of(scores),
                keepPredictions ? OutOfFold.assemble(data.rowCount(), folds, predictions) : null);
    }

    /**
     * As {@link #run}, but one fold after another, asking {@code stop} after each fold but the last whether to
     * stop there (early stopping of poor trials); keeps no predictions.
     *
     * @param stop given the scores of the folds so far, in order
     */
    CvResult run(Pipeline pipeline, Frame data, String target, Predicate<List<FoldScores>> stop) {
        List<Fold> folds = splitter.split(data, data.column(target));
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("the splitter made no folds");
        }
        List<FoldScores> done = new ArrayList<>();
        Frame[] predictions = new Frame[folds.size()];
        for (int f = 0; f < folds.size(); f++) {
            try {
                done.add(fold(f, folds.get(f), pipeline, data, target, predictions));
            } catch (IllegalArgumentException e) {
                throw failed(f, folds.size(), e);
            }
            if (f < folds.size() - 1 && stop.test(List.copyOf(done))) {
                break;
            }
        }
        return new CvResult(metrics(), done, null);
    }

    private static IllegalArgumentException failed(int f, int folds, IllegalArgumentException e) {
        return new IllegalArgumentException("fold " + (f + 1) + " of " + folds + ": " + e.getMessage(), e);
    }

    private FoldScores fold(int f, Fold fold, Pipeline pipeline, Frame data, String target, Frame[] predictions) {
        Frame train = data.take(fold.train());
        Frame test = data.take(fold.test());
        long start = System.nanoTime();
        FittedPipeline fitted = pipeline.fit(train, target);
        long fittedAt = System.nanoTime();
        Map<String, Double> testScores = score(fitted, test, target);
        double scoreSeconds = (System.nanoTime() - fittedAt) / 1e9;
        Map<String, Double> trainScores = this.trainScores ? score(fitted, train, target) : Map.of();
        if (keepPredictions) {
            predictions[f] = fitted.predict(test);
        }
        return new FoldScores(f + 1, train.rowCount(), test.rowCount(), testScores, trainScores,
                (fittedAt - start) / 1e9, scoreSeconds);
    }

    private Map<String, Double> score(FittedPipeline fitted, Frame rows, String target) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Scorer s : scorers) {
            out.put(s.name(), s.score(fitted, rows, target));
        }
        return out;
    }

    private static List<String> metricNames(List<Scorer> scorers) {
        return scorers.stream().map(Scorer::name).toList();
    }
}
