package dev.lathe.tune;

import dev.lathe.math.EditDistance;
import dev.lathe.model.Estimator;
import dev.lathe.param.HasParams;
import dev.lathe.param.RecordParams;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.PrepStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hyperparameters of a whole pipeline by name, scikit-learn style: {@code alpha} is the estimator's;
 * {@code 2__strategy} is the third step's; {@code numeric_imputer__strategy} is the step of type
 * {@code NumericImputer}'s, when exactly one step has that type.
 */
public final class PipelineParams {

    private static final String SEPARATOR = "__";

    private PipelineParams() {
    }

    /** A copy of {@code pipeline} with the named hyperparameters changed, each component rebuilt once. */
    public static Pipeline with(Pipeline pipeline, Map<String, ?> params) {
        Map<Integer, Map<String, Object>> byStep = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : params.entrySet()) {
            Route r = route(pipeline, e.getKey());
            byStep.computeIfAbsent(r.step(), k -> new LinkedHashMap<>()).put(r.name(), e.getValue());
        }
        List<PrepStep> steps = new ArrayList<>(pipeline.steps());
        Estimator estimator = pipeline.estimator();
        for (Map.Entry<Integer, Map<String, Object>> e : byStep.entrySet()) {
            if (e.getKey() < 0) {
                estimator = (Estimator) estimator.withParams(e.getValue());
            } else {
                steps.set(e.getKey(), (PrepStep) steps.get(e.getKey()).withParams(e.getValue()));
            }
        }
        return new Pipeline(steps, estimator);
    }

    /** Fails with a clear message when a name of {@code space} is not a hyperparameter of {@code pipeline}. */
    public static void check(Pipeline pipeline, SearchSpace space) {
        for (String name : space.names()) {
            checkName(pipeline, name);
        }
    }

    /**
     * Fails when {@code name} is not a hyperparameter of {@code pipeline}, with a message that suggests the
     * closest known name of the step it addresses and lists them all.
     */
    static void checkName(Pipeline pipeline, String name) {
        Route r = route(pipeline, name);
        HasParams owner = r.step() < 0 ? pipeline.estimator() : pipeline.steps().get(r.step());
        if (!owner.params().containsKey(r.name())) {
            String prefix = name.substring(0, name.length() - r.name().length());
            List<String> closest = EditDistance.closest(r.name(), owner.params().keySet(), 1);
            throw new IllegalArgumentException("search space parameter '" + name + "' is not a hyperparameter of "
                    + owner.getClass().getSimpleName()
                    + (closest.isEmpty() ? "" : "; did you mean '" + prefix + closest.get(0) + "'?")
                    + " known: " + String.join(", ", owner.params().keySet()));
        }
    }

    /** The step a name addresses (-1 for the estimator) and the hyperparameter's own name. */
    private record Route(int step, String name) {
    }

    private static Route route(Pipeline pipeline, String name) {
        int at = name.indexOf(SEPARATOR);
        if (at < 0) {
            return new Route(-1, name);
        }
        String prefix = name.substring(0, at);
        String rest = name.substring(at + SEPARATOR.length());
        List<String> types = pipeline.steps().stream().map(s -> RecordParams.snake(s.getClass().getSimpleName())).toList();
        boolean byPosition = !prefix.isEmpty() && prefix.length() < 10 && prefix.chars().allMatch(Character::isDigit);
        int step = byPosition ? Integer.parseInt(prefix) : types.indexOf(prefix);
        if (step < 0 || step >= types.size()) {
            throw new IllegalArgumentException("parameter '" + name + "' names step '" + prefix + "', but the pipeline's "
                    + "steps are " + describe(types));
        }
        if (!byPosition && types.lastIndexOf(prefix) != step) {
            throw new IllegalArgumentException("parameter '" + name + "' is ambiguous: several steps are " + prefix
                    + "; name the step by position: " + describe(types));
        }
        return new Route(step, rest);
    }

    private static String describe(List<String> types) {
        if (types.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            out.add(i + " " + types.get(i));
        }
        return String.join(", ", out);
    }
}
