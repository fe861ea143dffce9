package dev.lathe.cli;

import dev.lathe.pipeline.Training;
import dev.lathe.tune.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code lathe train}'s tracking ({@link RunTracking}): the run gets the hyperparameters and model name as
 * parameters, the test metrics, the task and row counts as tags, the fitted pipeline as the artifact
 * {@code model.lathe}, and a search's trials as child runs.
 */
final class TrainTracking extends RunTracking {

    /** The artifact name of the fitted pipeline in a tracked run. */
    static final String MODEL_ARTIFACT = "model.lathe";

    /** Starts the run when tracking is on, before the training of {@code data}. */
    void start(StoreOptions options, Path data) {
        start(options, "lathe train " + data.getFileName());
    }

    /**
     * Records a finished training in the started run and ends it {@code FINISHED}.
     *
     * @param model  the model name
     * @param r      the training result
     * @param search the hyperparameter search, or null
     * @param saved  the saved model file, or null when not saved (then a temporary copy is stored)
     * @return the run id, or null when tracking is off
     * @throws IOException when the model cannot be written for storing
     */
    String finish(String model, Training.Result r, SearchResult search, Path saved) throws IOException {
        if (!tracking()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("model", model);
        r.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
        record(params, r.metrics(), Map.of("task", r.task().label(), "train_rows", String.valueOf(r.trainRows()),
                "test_rows", String.valueOf(r.testRows())));
        if (search != null) {
            recordTrials(search, "");
        }
        storeModel(r, saved);
        return finished();
    }

    private void storeModel(Training.Result r, Path saved) throws IOException {
        if (saved != null) {
            artifact(MODEL_ARTIFACT, saved);
            return;
        }
        Path tmp = Files.createTempDirectory("lathe-train");
        try {
            Path file = tmp.resolve(MODEL_ARTIFACT);
            r.pipeline().save(file);
            artifact(MODEL_ARTIFACT, file);
            Files.delete(file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
