package dev.lathe.pipeline;

import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.param.RecordParams;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The unfitted pipeline a fitted one was built from, rebuilt from its provenance so that it can be fitted
 * again (a learning curve refits it on shares of the training rows). The model file keeps the specification
 * (step and estimator names with their hyperparameters) but no code, so the rebuild follows {@code lathe
 * train}: the {@link DefaultPreparation} for the training features and the {@link ModelCatalog} estimator of the
 * saved name with the saved hyperparameters. The rebuilt pipeline's specification must equal the saved one;
 * a pipeline built any other way is refused with a message saying so.
 */
public final class UnfittedPipeline {

    private UnfittedPipeline() {
    }

    /**
     * The pipeline {@code fitted} was fitted as.
     *
     * @param features the training feature columns (their types choose the default preparation)
     */
    @SuppressWarnings("unchecked")
    public static Pipeline of(FittedPipeline fitted, Frame features) {
        Map<String, Object> saved = fitted.provenance().spec();
        Map<String, Object> estimatorSpec = (Map<String, Object>) saved.get("estimator");
        String name = String.valueOf(estimatorSpec.get("name"));
        for (ModelCatalog.Entry entry : ModelCatalog.names().stream().map(ModelCatalog::entry).toList()) {
            Supplier<Estimator> supplier = switch (fitted.task()) {
                case REGRESSION -> entry.regression();
                case CLASSIFICATION -> entry.classification();
                case CLUSTERING, DECOMPOSITION -> entry.unsupervised();
            };
            if (supplier == null || !RecordParams.snake(supplier.get().getClass().getSimpleName()).equals(name)) {
                continue;
            }
            Estimator estimator = (Estimator) supplier.get().withParams((Map<String, ?>) estimatorSpec.get("params"));
            Pipeline pipeline = new Pipeline(DefaultPreparation.steps(features, entry, estimator), estimator);
            if (Provenance.specOf(pipeline).equals(saved)) {
                return pipeline;
            }
        }
        throw new IllegalArgumentException("cannot rebuild the model's unfitted pipeline (estimator '" + name
                + "' with steps " + stepNames(saved) + "): only pipelines lathe train builds, the default "
                + "preparation and a catalogued model, can be refitted");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> stepNames(Map<String, Object> spec) {
        return ((List<Map<String, Object>>) spec.get("steps")).stream().map(s -> s.get("name")).toList();
    }
}
