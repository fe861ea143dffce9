package dev.lathe.tune;

import dev.lathe.eval.Bootstrap;
import dev.lathe.eval.ClassificationEvaluation;
import dev.lathe.eval.Evaluation;
import dev.lathe.eval.RegressionEvaluation;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.math.EditDistance;
import dev.lathe.model.Classifier;
import dev.lathe.model.Targets;
import dev.lathe.model.Task;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.TestPredictions;
import dev.lathe.pipeline.UnfittedPipeline;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.Splitter;
import dev.lathe.prep.split.StratifiedKFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@code lathe evaluate} computes: a fitted pipeline's {@link Evaluation} on rows it never saw, the
 * baseline it must beat, and, given the training rows, a learning curve. The baseline ignores the features: the
 * class frequencies (most frequent class) or the mean of the target, taken from the training rows when given,
 * else from the evaluation rows themselves (then it is a little optimistic: it knows the evaluation target's
 * mean or frequencies). The learning curve refits the pipeline's unfitted specification
 * ({@link UnfittedPipeline}) on growing shares of the training rows with {@value #FOLDS}-fold cross-validation
 * (stratified for classification), scored by accuracy or R^2. Given the training rows it also decomposes the
 * test error into bias and variance ({@link BiasVariance}: squared loss for regression, Domingos' 0-1 loss for
 * classification) by refitting the specification on {@code biasVarianceRounds} bootstrap samples of them.
 *
 * @param bootstrap          resamples, level and seed of the confidence intervals; its seed also seeds the
 *                           folds and the bias-variance rounds
 * @param biasVarianceRounds bootstrap refits of the bias-variance decomposition (0: none; else at least 2)
 */
public record HoldOutEvaluation(Bootstrap bootstrap, int biasVarianceRounds) {

    /** Cross-validation folds of the learning curve. */
    public static final int FOLDS = 5;

    /** Default bootstrap refits of the bias-variance decomposition. */
    public static final int DEFAULT_BIAS_VARIANCE_ROUNDS = 20;

    /** Validates the configuration. */
    public HoldOutEvaluation {
        if (bootstrap == null) {
            throw new IllegalArgumentException("an evaluation needs a bootstrap configuration");
        }
        if (biasVarianceRounds != 0 && biasVarianceRounds < 2) {
            throw new IllegalArgumentException("bias-variance rounds must be 0 (none) or at least 2, got "
                    + biasVarianceRounds);
        }
    }

    /** With the default {@value #DEFAULT_BIAS_VARIANCE_ROUNDS} bias-variance rounds. */
    public HoldOutEvaluation(Bootstrap bootstrap) {
        this(bootstrap, DEFAULT_BIAS_VARIANCE_ROUNDS);
    }

    /**
     * The bias-variance decomposition of the test error.
     *
     * @param loss       {@code squared} or {@code zero_one}
     * @param rounds     bootstrap refits it took
     * @param components the parts by name ({@link BiasVariance.Squared#components},
     *                   {@link BiasVariance.ZeroOne#components})
     */
    public record Decomposition(String loss, int rounds, Map<String, Double> components) {
    }

    /** Where the baseline learned its constant. */
    public enum BaselineSource {
        /** The evaluation rows' own target (no training data given). */
        EVALUATION_TARGET,
        /** The training rows' target. */
        TRAINING_DATA;

        /** How output names it. */
        public String label() {
            return this == EVALUATION_TARGET ? "evaluation target" : "training data";
        }
    }

    /**
     * The outcome.
     *
     * @param task          what the model predicts
     * @param target        the target column
     * @param evaluation    metrics with intervals and baseline values, and the task's diagnostics
     * @param baseline      what the baseline predicts ("class frequencies" or "mean 3.2"), for output
     * @param baselineSource where the baseline learned it
     * @param learningCurve the learning curve, or null when no training rows were given
     * @param biasVariance  the bias-variance decomposition, or null without training rows or rounds
     */
    public record Result(Task task, String target, Evaluation evaluation, String baseline,
                         BaselineSource baselineSource, Curve learningCurve, Decomposition biasVariance) {
    }

    /**
     * Evaluates {@code fitted} on {@code data}.
     *
     * @param data  rows the pipeline never saw, with its feature columns and its target column
     * @param train the training rows, or null: the baseline then learns from {@code data}, and there is no
     *              learning curve
     */
    public Result run(FittedPipeline fitted, Frame data, Frame train) {
        return run(fitted, data, train, features -> UnfittedPipeline.of(fitted, features));
    }

    /**
     * As {@link #run(FittedPipeline, Frame, Frame)}, with the learning curve and the bias-variance refits
     * using the pipeline {@code unfitted} gives for the training features (a flow's own preparation) instead
     * of one rebuilt from the model's provenance; a null {@code unfitted} draws neither (the baseline still
     * learns from {@code train}).
     */
    public Result run(FittedPipeline fitted, Frame data, Frame train, Function<Frame, Pipeline> unfitted) {
        String target = fitted.target();
        requireTarget(data, target, "the evaluation data");
        if (train != null) {
            requireTarget(train, target, "the training data");
        }
        Frame source = train == null ? data : train;
        BaselineSource from = train == null ? BaselineSource.EVALUATION_TARGET : BaselineSource.TRAINING_DATA;
        TestPredictions predictions = TestPredictions.of(fitted, data, target);
        Evaluation evaluation;
        String baseline;
        if (predictions instanceof TestPredictions.Regression r) {
            finite(r.predicted());
            BaselineRegressor.Fitted mean = new BaselineRegressor.Fitted(mean(Targets.numeric(source.column(target))));
            evaluation = RegressionEvaluation.of(r.truth(), r.predicted(), mean.predict(data), bootstrap);
            baseline = "mean " + mean.value();
        } else {
            TestPredictions.Classification c = (TestPredictions.Classification) predictions;
            for (double[] row : c.proba()) {
                finite(row);
            }
            List<String> classes = ((Classifier) fitted.model()).classes();
            BaselineClassifier.Fitted prior = new BaselineClassifier.Fitted(classes,
                    prior(source.column(target), classes));
            evaluation = ClassificationEvaluation.of(c.truth(), c.proba(), prior.predictProba(data), classes,
                    bootstrap);
            baseline = "class frequencies";
        }
        boolean refits = train != null && unfitted != null;
        Curve curve = refits ? learningCurve(fitted, unfitted, train) : null;
        Decomposition decomposition = refits && biasVarianceRounds > 0 ? biasVariance(fitted, unfitted, train, data)
                : null;
        return new Result(fitted.task(), target, evaluation, baseline, from, curve, decomposition);
    }

    private Decomposition biasVariance(FittedPipeline fitted, Function<Frame, Pipeline> unfitted, Frame train,
                                       Frame data) {
        Frame rows = modelColumns(fitted, train);
        Frame test = modelColumns(fitted, data);
        Pipeline spec = unfitted.apply(rows.drop(fitted.target()));
        BiasVariance bv = new BiasVariance(biasVarianceRounds, bootstrap.seed());
        if (fitted.task() == Task.CLASSIFICATION) {
            return new Decomposition("zero_one", biasVarianceRounds,
                    bv.zeroOne(spec, rows, test, fitted.target()).components());
        }
        return new Decomposition("squared", biasVarianceRounds,
                bv.squared(spec, rows, test, fitted.target(), null).components());
    }

    /** The pipeline's input columns and its target, in that order. */
    private static Frame modelColumns(FittedPipeline fitted, Frame data) {
        List<String> columns = new ArrayList<>(fitted.inputSchema().fields().stream().map(f -> f.name()).toList());
        columns.add(fitted.target());
        return data.select(columns);
    }

    private Curve learningCurve(FittedPipeline fitted, Function<Frame, Pipeline> unfitted, Frame train) {
        Frame rows = modelColumns(fitted, train);
        boolean classification = fitted.task() == Task.CLASSIFICATION;
        Splitter folds = classification ? new StratifiedKFold(FOLDS, true, bootstrap.seed())
                : new KFold(FOLDS, true, bootstrap.seed());
        Scorer scorer = Scorers.named(classification ? "accuracy" : "r2");
        return new LearningCurve(folds, scorer, LearningCurve.DEFAULT_TRAIN_SIZES, bootstrap.seed()).run(unfitted.apply(rows.drop(fitted.target())), rows, fitted.target());
    }

    private static void requireTarget(Frame data, String target, String what) {
        if (!data.has(target)) {
            List<String> closest = EditDistance.closest(target, data.names(), 1);
            throw new IllegalArgumentException(what + " lacks the target column '" + target + "' the model was "
                    + "trained on" + (closest.isEmpty() ? "" : "; closest: '" + closest.get(0) + "'"));
        }
    }

    private static void finite(double[] predicted) {
        for (int i = 0; i < predicted.length; i++) {
            if (!Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("the model predicted " + predicted[i] + " for row " + (i + 1)
                        + "; a model whose predictions are not finite numbers cannot be evaluated");
            }
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Share of each of {@code classes} among the labels of {@code y}; labels the model never saw are left out. */
    private static double[] prior(Column y, List<String> classes) {
        Targets.Encoded labels = Targets.labels(y);
        double[] prior = new double[classes.size()];
        int[] counts = labels.counts();
        double known = 0;
        for (int l = 0; l < labels.classes().size(); l++) {
            int k = classes.indexOf(labels.classes().get(l));
            if (k >= 0) {
                prior[k] += counts[l];
                known += counts[l];
            }
        }
        if (known == 0) {
            throw new IllegalArgumentException("the baseline's target '" + y.name() + "' has none of the model's "
                    + "classes " + classes);
        }
        for (int k = 0; k < prior.length; k++) {
            prior[k] /= known;
        }
        return prior;
    }
}
