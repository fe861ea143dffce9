package dev.lathe.tune;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.Shuffle;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.Splitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Train and validation score against the number of training rows (scikit-learn's {@code learning_curve}),
 * for the bias-variance trade-off. Each fold's training rows are shuffled once with a seed derived from
 * {@code seed} and the fold's number; a size of n rows trains on the first n of them, so smaller sets are
 * subsets of larger ones. Every size is validated on the fold's whole test set.
 *
 * @param splitter   the folds
 * @param scorer     the metric
 * @param trainSizes shares of the smallest fold's training rows, each in (0, 1], at least one (default 0.1,
 *                   0.325, 0.55, 0.775, 1, as scikit-learn)
 * @param seed       seed of the shuffles (default 0)
 */
public record LearningCurve(Splitter splitter, Scorer scorer, List<Double> trainSizes, long seed) {

    /** Validates the configuration. */
    public LearningCurve {
        new CrossValidation(splitter, scorer);
        if (trainSizes == null || trainSizes.isEmpty()) {
            throw new IllegalArgumentException("a learning curve needs at least one training size");
        }
        trainSizes = List.copyOf(trainSizes);
        for (double s : trainSizes) {
            if (!(s > 0 && s <= 1)) {
                throw new IllegalArgumentException("training sizes are shares of the training rows in (0, 1], got " + s);
            }
        }
    }

    /** The default training sizes, shares of the smallest fold's training rows: as scikit-learn's. */
    public static final List<Double> DEFAULT_TRAIN_SIZES = List.of(0.1, 0.325, 0.55, 0.775, 1.0);

    /** The default sizes ({@link #DEFAULT_TRAIN_SIZES}) and seed 0. */
    public LearningCurve(Splitter splitter, Scorer scorer) {
        this(splitter, scorer, DEFAULT_TRAIN_SIZES, 0);
    }

    /** The curve of {@code pipeline} on {@code data}, one point per size (x: {@code train_rows}). */
    public Curve run(Pipeline pipeline, Frame data, String target) {
        int smallest = splitter.split(data, data.column(target)).stream().mapToInt(f -> f.train().length).min()
                .orElseThrow(() -> new IllegalArgumentException("the splitter made no folds"));
        List<Curve.Point> points = new ArrayList<>();
        for (double share : trainSizes) {
            int rows = (int) (share * smallest);
            if (rows < 1) {
                throw new IllegalArgumentException("training size " + share + " of the smallest fold's " + smallest
                        + " training rows is no row at all");
            }
            CvResult cv = new CrossValidation(new FirstRows(splitter, rows, seed), List.of(scorer), true, false)
                    .run(pipeline, data, target);
            points.add(Curve.Point.of(rows, cv, scorer.name()));
        }
        return new Curve("train_rows", scorer.name(), points);
    }

    /**
     * The folds of {@code inner} with each training set cut to {@code rows} rows drawn without replacement
     * (a seeded shuffle per fold, then the first rows, kept in row order).
     */
    private record FirstRows(Splitter inner, int rows, long seed) implements Splitter {

        @Override
        public List<Fold> split(Frame data, Column target) {
            List<Fold> folds = inner.split(data, target);
            List<Fold> out = new ArrayList<>();
            SplittableRandom perFold = new SplittableRandom(seed);
            for (Fold fold : folds) {
                int[] train = fold.train().clone();
                Shuffle.inPlace(train, perFold.split());
                int[] first = Arrays.copyOf(train, rows);
                Arrays.sort(first);
                out.add(new Fold(first, fold.test()));
            }
            return out;
        }
    }
}
