package dev.lathe.pipeline;

import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Regressor;
import dev.lathe.model.Task;
import dev.lathe.prep.split.TrainTestSplit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training run as {@code lathe train} does it: the named model with the default preparation, fitted
 * on the training rows, scored on test rows it never saw (a given test frame, else a seeded held-out
 * share, stratified for classification), with the metrics recorded in the fitted pipeline's provenance.
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
     * Trains on {@code data} (or on all of it when {@code test} is given) and scores on the test rows.
     *
     * @param test rows to score on, or null to hold out {@link #testSize} of {@code data}
     */
    public Result run(Frame data, Frame test, String target) {
        Column y = data.column(target);
        Task task = Task.of(y);
        Frame train = data;
        if (test == null) {
            TrainTestSplit split = task == Task.CLASSIFICATION ? TrainTestSplit.stratified(testSize, seed)
                    : new TrainTestSplit(testSize, TrainTestSplit.Mode.RANDOM, null, null, 0, seed);
            TrainTestSplit.Parts parts = split.frames(data, target);
            train = parts.train();
            test = parts.test();
        }
        List<String> ignored = DefaultPreparation.unusable(train.drop(target));
        Frame features = ignored.isEmpty() ? train : train.drop(ignored.toArray(String[]::new));
        Estimator estimator = ModelCatalog.estimator(model, task, settings);
        Pipeline pipeline = new Pipeline(DefaultPreparation.steps(features.drop(target),
                ModelCatalog.entry(model).wantsScaling()), estimator);
        long start = System.nanoTime();
        FittedPipeline fitted = pipeline.fit(features, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = score(fitted, test, target);
        Map<String, Object> params = new LinkedHashMap<>();
        estimator.params().forEach((k, v) -> params.put(k, dev.lathe.param.RecordParams.jsonValue(v)));
        return new Result(fitted.withMetrics(metrics), task, params, seconds, metrics,
                train.rowCount(), test.rowCount(), ignored);
    }

    /** Test metrics named as scikit-learn names them: rmse, mae, r2; accuracy, log_loss, roc_auc. */
    static Map<String, Double> score(FittedPipeline fitted, Frame test, String target) {
        Frame x = fitted.transform(test);
        Column y = test.column(target);
        Map<String, Double> m = new LinkedHashMap<>();
        if (fitted.model() instanceof Regressor r) {
            double[] truth = dev.lathe.model.Targets.numeric(y);
            double[] pred = r.predict(x);
            m.put("rmse", RegressionMetrics.rmse(truth, pred));
            m.put("mae", RegressionMetrics.mae(truth, pred));
            m.put("r2", RegressionMetrics.r2(truth, pred));
            return m;
        }
        Classifier c = (Classifier) fitted.model();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < c.classes().size(); k++) {
            index.put(c.classes().get(k), k);
        }
        int[] codes = new int[y.size()];
        for (int i = 0; i < y.size(); i++) {
            if (y.isMissing(i)) {
                throw new IllegalArgumentException("test target '" + target + "' has a missing label in row " + (i + 1));
            }
            Integer code = index.get(y.format(i));
            if (code == null) {
                throw new IllegalArgumentException("test target '" + target + "' has label '" + y.format(i)
                        + "' in row " + (i + 1) + ", which the training rows never had; classes: " + c.classes());
            }
            codes[i] = code;
        }
        double[][] p = c.predictProba(x);
        m.put("accuracy", ClassificationMetrics.accuracy(codes, p));
        m.put("log_loss", ClassificationMetrics.logLoss(codes, p));
        boolean allClasses = java.util.Arrays.stream(codes).distinct().count() == c.classes().size();
        if (allClasses) {
            m.put("roc_auc", ClassificationMetrics.rocAuc(codes, p));
        }
        return m;
    }
}
