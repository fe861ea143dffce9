package dev.lathe.tune;

import dev.lathe.eval.Metric;
import dev.lathe.frame.Frame;
import dev.lathe.model.Task;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.TestPredictions;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Scorers of fitted pipelines by metric name, over {@link Metric}'s registry (r2, rmse, f1_macro, roc_auc_ovo...). */
public final class Scorers {

    private Scorers() {
    }

    /**
     * The metric called {@code name} in {@link Metric}'s registry (every metric Lathe computes, by
     * scikit-learn's names), as a scorer of fitted pipelines; a clear error listing the names otherwise.
     */
    public static Scorer named(String name) {
        Metric metric = Metric.of(name);
        if (metric instanceof Metric.Regression r) {
            return new PipelineScorer(name, r.greaterIsBetter(), Task.REGRESSION, p -> {
                TestPredictions.Regression reg = (TestPredictions.Regression) p;
                return r.score(reg.truth(), reg.predicted(), null);
            });
        }
        Metric.Classification c = (Metric.Classification) metric;
        return new PipelineScorer(name, c.greaterIsBetter(), Task.CLASSIFICATION, p -> {
            TestPredictions.Classification cls = (TestPredictions.Classification) p;
            return c.score(cls.truth(), cls.proba(), null);
        });
    }

    /** The default scorers of a task, the first being the one searches rank by: r2, rmse, mae; or accuracy, log_loss, roc_auc. */
    public static List<Scorer> defaults(Task task) {
        return task == Task.REGRESSION ? List.of(named("r2"), named("rmse"), named("mae"))
                : List.of(named("accuracy"), named("log_loss"), named("roc_auc"));
    }

    /** A metric of one task computed from {@link TestPredictions}. */
    private record PipelineScorer(String name, boolean greaterIsBetter, Task task,
                                  ToDoubleFunction<TestPredictions> metric) implements Scorer {

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
