package dev.lathe.tune;

import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.TestPredictions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/** The built-in scorers, by scikit-learn name: rmse, mae, r2 for regression; accuracy, log_loss, roc_auc for classification. */
public final class Scorers {

    private static final Map<String, Scorer> BY_NAME = new LinkedHashMap<>();

    static {
        add(regression("rmse", false, RegressionMetrics::rmse));
        add(regression("mae", false, RegressionMetrics::mae));
        add(regression("r2", true, RegressionMetrics::r2));
        add(classification("accuracy", true, ClassificationMetrics::accuracy));
        add(classification("log_loss", false, ClassificationMetrics::logLoss));
        add(classification("roc_auc", true, ClassificationMetrics::rocAuc));
    }

    private Scorers() {
    }

    private static void add(Scorer s) {
        BY_NAME.put(s.name(), s);
    }

    /** The scorer called {@code name}; a clear error listing the names otherwise. */
    public static Scorer named(String name) {
        Scorer s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown metric '" + name + "'; known: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return s;
    }

    /** The default scorers of a task, the first being the one searches rank by: r2, rmse, mae; or accuracy, log_loss, roc_auc. */
    public static List<Scorer> defaults(Task task) {
        return task == Task.REGRESSION ? List.of(named("r2"), named("rmse"), named("mae"))
                : List.of(named("accuracy"), named("log_loss"), named("roc_auc"));
    }

    private static Scorer regression(String name, boolean greaterIsBetter,
                                     ToDoubleBiFunction<double[], double[]> metric) {
        return new Metric(name, greaterIsBetter, Task.REGRESSION, p -> {
            TestPredictions.Regression r = (TestPredictions.Regression) p;
            return metric.applyAsDouble(r.truth(), r.predicted());
        });
    }

    private static Scorer classification(String name, boolean greaterIsBetter,
                                         ToDoubleBiFunction<int[], double[][]> metric) {
        return new Metric(name, greaterIsBetter, Task.CLASSIFICATION, p -> {
            TestPredictions.Classification c = (TestPredictions.Classification) p;
            return metric.applyAsDouble(c.truth(), c.proba());
        });
    }

    /** A metric of one task computed from {@link TestPredictions}. */
    private record Metric(String name, boolean greaterIsBetter, Task task,
                          java.util.function.ToDoubleFunction<TestPredictions> metric) implements Scorer {

        @Override
        public double score(FittedPipeline fitted, Frame test, String target) {
            if (fitted.task() != task) {
                throw new IllegalArgumentException("metric '" + name + "' scores " + task.label() + ", but the model does "
                        + fitted.task().label());
            }
            return metric.applyAsDouble(TestPredictions.of(fitted, test, target));
        }
    }
}
