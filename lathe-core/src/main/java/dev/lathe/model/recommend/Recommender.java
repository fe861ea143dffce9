package dev.lathe.model.recommend;

import dev.lathe.param.HasParams;

/**
 * A recommender's configuration (hyperparameters as record components, snake_case by {@link HasParams}); fitting
 * it on interactions gives a {@link FittedRecommender}.
 */
public interface Recommender extends HasParams {

    /** The model's name as the command line knows it, e.g. {@code implicit_als}. */
    String modelName();

    /**
     * Learns the scoring part from {@code data}, whose user-by-item matrix is {@code history}. Most callers want
     * {@link #fit}.
     */
    Scorer learn(Interactions data, SparseRows history);

    /**
     * Fits on {@code data}.
     *
     * @throws IllegalArgumentException when the data does not suit the model (the message says which row)
     */
    default FittedRecommender fit(Interactions data) {
        SparseRows history = data.byUser();
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params().forEach((name, value) -> params.put(name, dev.lathe.param.RecordParams.jsonValue(value)));
        return new FittedRecommender(modelName(), params, data.users(), data.items(), history, learn(data, history));
    }
}
