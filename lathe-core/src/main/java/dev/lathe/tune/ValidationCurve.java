package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.split.Splitter;
import java.util.List;

/**
 * Train and validation score against the values of one hyperparameter (scikit-learn's
 * {@code validation_curve}), for the bias-variance trade-off: a grid {@link Search} over that one
 * hyperparameter, with train scores, without refit.
 *
 * @param parameter the hyperparameter's name (see {@link PipelineParams})
 * @param values    the values to try, at least one
 * @param splitter  the folds
 * @param scorer    the metric
 */
public record ValidationCurve(String parameter, List<Object> values, Splitter splitter, Scorer scorer) {

    /** Validates the configuration. */
    public ValidationCurve {
        space(parameter, values);
        values = List.copyOf(values);
        new CrossValidation(splitter, scorer);
    }

    /** The curve of {@code pipeline} on {@code data}; fails clearly when the parameter is not the pipeline's. */
    public Curve run(Pipeline pipeline, Frame data, String target) {
        CrossValidation cv = new CrossValidation(splitter, scorer).withTrainScores();
        SearchResult r = new Search(space(parameter, values), new GridProposer(), cv, false).run(pipeline, data, target);
        return new Curve(parameter, scorer.name(), r.trials().stream()
                .map(t -> Curve.Point.of(t.params().get(parameter), t.cv(), scorer.name())).toList());
    }

    private static SearchSpace space(String parameter, List<Object> values) {
        return SearchSpace.builder().choice(parameter, values == null ? new Object[0] : values.toArray()).build();
    }
}
