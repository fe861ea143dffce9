package dev.lathe.pipeline;

import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SemiSupervised;
import dev.lathe.model.Task;
import dev.lathe.prep.split.TrainTestSplit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run as {@code lathe train} does it: the named model with the default preparation, fitted
 * on the training rows, scored on test rows it never saw (a given test frame, else a seeded held-out
 * share, stratified for classification), with the metrics recorded in the fitted pipeline's provenance.
 * For a {@link SemiSupervised} model, rows with a missing target are unlabelled: they join the training rows
 * and never the test rows.
 *
 * @param model    a {@link ModelCatalog} name
 * @param settings hyperparameters changed by name
 * @param testSize share held out when no test frame is given, in (0, 1) (default 0.2)
 * @param seed     seed of the held-out split
 */
public record Training(String model, Map<String, String> settings, double testSize, long seed) {

    public Training {
        settings = Map.copyOf(settings);
        ModelCatalog.entry(model);
    }

    /** The outcome: the fitted pipeline (metrics included), its task, settings, fit time and test metrics. */
    public record Result(FittedPipeline pipeline, Task task, Map<String, Object> params, double fitSeconds,
                         Map<String, Double> metrics, int trainRows, int testRows, List<String> ignoredColumns) {
    }

    /**
     * How the pipeline is fitted on the training rows: {@link Pipeline#fit} by default; a hyperparameter
     * search gives one that searches and refits its best configuration.
     */
    @FunctionalInterface
    public interface Fitter {

        /** The pipeline fitted on {@code train} (features and column {@code target}). */
        FittedPipeline fit(Pipeline pipeline, Frame train, String target);
    }

    /**
     * Trains on {@code data} (or on all of it when {@code test} is given) and scores on the test rows.
     *
     * @param test rows to score on, or null to hold out {@link #testSize} of {@code data}
     */
    public Result run(Frame data, Frame test, String target) {
        return run(data, test, target, Pipeline::fit);
    }

    /**
     * As {@link #run(Frame, Frame, String)}, with the pipeline fitted by {@code fitter}; the result's params
     * are those of the estimator the fitted pipeline was built from.
     */
    public Result run(Frame data, Frame test, String target, Fitter fitter) {
        Column y = data.column(target);
        ModelCatalog.Entry entry = ModelCatalog.entry(model);
        boolean semiSupervised = entry.classification() != null
                && entry.classification().get() instanceof SemiSupervised;
        Task task = semiSupervised ? Task.CLASSIFICATION : Task.of(y);
        Frame unlabelled = null;
        if (semiSupervised) {
            // rows without a label learn alongside the training rows; only labelled rows are held out
            unlabelled = data.filter(i -> y.isMissing(i));
            data = data.filter(i -> !y.isMissing(i));
            if (test != null) {
                Column t = test.column(target);
                test = test.filter(i -> !t.isMissing(i));
            }
        }
        Frame train = data;
        if (test == null) {
            TrainTestSplit split = task == Task.CLASSIFICATION ? TrainTestSplit.stratified(testSize, seed)
                    : new TrainTestSplit(testSize, TrainTestSplit.Mode.RANDOM, null, null, 0, seed);
            TrainTestSplit.Parts parts = split.frames(data, target);
            train = parts.train();
            test = parts.test();
        }
        if (unlabelled != null) {
            train = train.concat(unlabelled);
        }
        List<String> ignored = DefaultPreparation.unusable(train.drop(target));
        Frame features = ignored.isEmpty() ? train : train.drop(ignored.toArray(String[]::new));
        Estimator estimator = ModelCatalog.estimator(model, task, settings);
        Pipeline pipeline = new Pipeline(DefaultPreparation.steps(features.drop(target),
                ModelCatalog.entry(model), estimator), estimator);
        long start = System.nanoTime();
        FittedPipeline fitted = fitter.fit(pipeline, features, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = score(fitted, test, target);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) ((Map<String, Object>) fitted.provenance().spec()
                .get("estimator")).get("params");
        return new Result(fitted.withMetrics(metrics), task, params, seconds, metrics,
                train.rowCount(), test.rowCount(), ignored);
    }

    /**
     * Fits an unsupervised model (clustering, decomposition) with the default preparation on every row of
     * {@code data}, every usable column a feature, with its metrics on those rows ({@link UnsupervisedScores}).
     * The result has no test rows.
     */
    public Result run(Frame data) {
        ModelCatalog.Entry entry = ModelCatalog.entry(model);
        if (!entry.isUnsupervised()) {
            throw new IllegalArgumentException("model '" + model + "' needs a target column; give --target");
        }
        List<String> ignored = DefaultPreparation.unusable(data);
        Frame features = ignored.isEmpty() ? data : data.drop(ignored.toArray(String[]::new));
        Estimator estimator = ModelCatalog.estimator(model, entry.unsupervised().get().task(), settings);
        Pipeline pipeline = new Pipeline(DefaultPreparation.steps(features, entry, estimator), estimator);
        long start = System.nanoTime();
        FittedPipeline fitted = pipeline.fit(features);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = UnsupervisedScores.of(fitted, features, seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) ((Map<String, Object>) fitted.provenance().spec()
                .get("estimator")).get("params");
        return new Result(fitted.withMetrics(metrics), estimator.task(), params, seconds, metrics,
                features.rowCount(), 0, ignored);
    }

    /** Test metrics named as scikit-learn names them: rmse, mae, r2; accuracy, log_loss, roc_auc (when every class occurs). */
    static Map<String, Double> score(FittedPipeline fitted, Frame test, String target) {
        Map<String, Double> m = new LinkedHashMap<>();
        TestPredictions p = TestPredictions.of(fitted, test, target);
        if (p instanceof TestPredictions.Regression r) {
            m.put("rmse", RegressionMetrics.rmse(r.truth(), r.predicted()));
            m.put("mae", RegressionMetrics.mae(r.truth(), r.predicted()));
            m.put("r2", RegressionMetrics.r2(r.truth(), r.predicted()));
            return m;
        }
        TestPredictions.Classification c = (TestPredictions.Classification) p;
        m.put("accuracy", ClassificationMetrics.accuracy(c.truth(), c.proba()));
        m.put("log_loss", ClassificationMetrics.logLoss(c.truth(), c.proba()));
        if (c.allClassesPresent()) {
            m.put("roc_auc", ClassificationMetrics.rocAuc(c.truth(), c.proba()));
        }
        return m;
    }
}
