package dev.lathe.ops.flow;

import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.Task;
import dev.lathe.ops.flow.spec.FlowSpec;
import dev.lathe.ops.flow.spec.StepSpec;
import dev.lathe.pipeline.DefaultPreparation;
import dev.lathe.pipeline.ModelCatalog;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.PrepStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipelines of a flow: the spec's preparation (or, without a {@code prep} section, the default preparation of
 * {@code lathe train}) followed by a catalogue model. The id column and text columns are never features (no
 * preparation step reads free text yet).
 *
 * @param spec the flow
 * @param task what the target asks for
 */
public record FlowPipelines(FlowSpec spec, Task task) {

    /** The columns of {@code data} a pipeline learns from: all but the id and text columns. */
    public Frame modelling(Frame data) {
        List<String> drop = new ArrayList<>();
        if (spec.data().id() != null && data.has(spec.data().id())) {
            drop.add(spec.data().id());
        }
        drop.addAll(DefaultPreparation.unusable(data.drop(spec.data().target())));
        return drop.isEmpty() ? data : data.drop(drop.toArray(String[]::new));
    }

    /** The unfitted pipeline of catalogue model {@code model} with {@code params}, for training rows {@code rows}. */
    public Pipeline of(String model, Map<String, ?> params, Frame rows) {
        Estimator estimator = ModelCatalog.estimator(model, task, params);
        List<PrepStep> steps = spec.prep() == null
                ? DefaultPreparation.steps(rows.drop(spec.data().target()), ModelCatalog.entry(model), estimator)
                : spec.prep().stream().map(StepSpec::step).toList();
        return new Pipeline(steps, estimator);
    }
}
