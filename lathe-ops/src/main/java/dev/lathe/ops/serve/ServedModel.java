package dev.lathe.ops.serve;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.pipeline.FittedPipeline;
import java.util.List;

/**
 * One loaded model as the server answers with it: its name, version and source, and the fitted pipeline
 * that predicts.
 *
 * @param name     the name it is served under (the {@code {name}} of {@code /v2/models/{name}})
 * @param version  its version (a file's SHA-256 prefix, later a registry version)
 * @param pipeline the fitted pipeline
 * @param source   where it was read from
 */
public record ServedModel(String name, String version, FittedPipeline pipeline, String source) {

    /**
     * The pipeline's named predictions for {@code rows} ({@code prediction}, and {@code p_<class>} for a
     * classifier). What the pipeline's own steps refuse (a category unseen in training where the encoder
     * refuses those, a missing value the model cannot take) is the client's mistake: a 400 with the step's
     * message, which names the column and the row.
     */
    public Frame predict(Frame rows) {
        try {
            return pipeline.predict(rows);
        } catch (IllegalArgumentException e) {
            throw RequestException.badRequest(e.getMessage());
        }
    }

    /** The classes of a classifier in the order of its {@code p_<class>} columns; empty for a regressor. */
    public List<String> classes() {
        return pipeline.model() instanceof Classifier c ? c.classes() : List.of();
    }
}
