package dev.lathe.pipeline;

import dev.lathe.model.recommend.FittedRecommender;
import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.ModelFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves a fitted recommender to a {@code .lathe} file (the same safe format as pipelines: checksummed entries,
 * loaders from {@link StepTypes} only) and loads it back.
 */
public final class RecommenderFile {

    /** The manifest's {@code kind} for a recommender. */
    public static final String KIND = "recommender";

    private RecommenderFile() {
    }

    /**
     * Writes {@code model} to {@code file} atomically; the manifest records the kind, the model's name and
     * hyperparameters, the numbers of users and items, and {@code extra} fields (e.g. the input columns).
     */
    public static void save(FittedRecommender model, Path file, Map<String, Object> extra) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", KIND);
        fields.put("model", model.model());
        fields.put("params", model.params());
        fields.put("users", model.users().size());
        fields.put("items", model.items().size());
        fields.putAll(extra);
        ModelArchive.write(file, fields, model);
    }

    /** Loads {@code file}, refusing anything unsafe or unknown, and anything that is not a recommender. */
    public static FittedRecommender load(Path file) throws IOException {
        ModelArchive.Loaded loaded = ModelArchive.read(file, StepTypes.loaders(), ModelArchive.Limits.defaults());
        if (!(loaded.root() instanceof FittedRecommender r)) {
            throw new ModelFileException(file + ": the file holds a " + loaded.root().stepType()
                    + ", not a recommender");
        }
        return r;
    }
}
