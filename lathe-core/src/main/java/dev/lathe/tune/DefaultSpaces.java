package dev.lathe.tune;

import dev.lathe.pipeline.ModelCatalog;
import java.util.HashMap;
import java.util.Map;

/**
 * The search space {@code lathe train --tune} uses for each {@link ModelCatalog} model. Models that tune
 * themselves ({@code ridge_cv}, {@code lasso_cv}, {@code elastic_net_cv}) and those without a
 * hyperparameter worth searching ({@code baseline}, {@code ols}, {@code quantile}) have an empty space: the
 * search then cross-validates the one configuration.
 */
public final class DefaultSpaces {

    private static final Map<String, SearchSpace> SPACES = new HashMap<>();

    static {
        SearchSpace none = SearchSpace.builder().build();
        for (String name : new String[] {"baseline", "ols", "ridge_cv", "lasso_cv", "elastic_net_cv", "quantile"}) {
            SPACES.put(name, none);
        }
        SPACES.put("ridge", SearchSpace.builder().logUniform("alpha", 1e-3, 1e3).build());
        SPACES.put("lasso", SearchSpace.builder().logUniform("alpha", 1e-4, 10).build());
        SPACES.put("elastic_net", SearchSpace.builder().logUniform("alpha", 1e-4, 10).uniform("l1_ratio", 0.1, 1)
                .build());
        SPACES.put("polynomial", SearchSpace.builder().integers("degree", 1, 4).build());
        SPACES.put("logistic_regression", SearchSpace.builder().logUniform("C", 1e-3, 1e3).build());
        SPACES.put("gradient_boosting", SearchSpace.builder()
                .logUniform("learning_rate", 0.01, 0.3)
                .integers("max_leaf_nodes", 7, 63)
                .integers("min_samples_leaf", 5, 50)
                .choice("l2_regularization", 0.0, 0.1, 1.0, 10.0)
                .build());
        SPACES.put("decision_tree", SearchSpace.builder()
                .integers("max_depth", 2, 12)
                .integers("min_samples_leaf", 1, 20)
                .build());
        SearchSpace forest = SearchSpace.builder()
                .choice("max_features", "sqrt", "log2", "0.5")
                .integers("min_samples_leaf", 1, 10)
                .build();
        SPACES.put("random_forest", forest);
        SPACES.put("extra_trees", forest);
        SPACES.put("svc", SearchSpace.builder().logUniform("C", 1e-2, 1e3).logUniform("gamma", 1e-4, 1e1).build());
        SPACES.put("svr", SearchSpace.builder().logUniform("C", 1e-2, 1e3).logUniform("gamma", 1e-4, 1e1).build());
        SPACES.put("nu_svc", SearchSpace.builder().uniform("nu", 0.05, 0.6).logUniform("gamma", 1e-4, 1e1).build());
        SPACES.put("nu_svr", SearchSpace.builder().uniform("nu", 0.05, 0.95).logUniform("C", 1e-2, 1e3)
                .logUniform("gamma", 1e-4, 1e1).build());
        SPACES.put("linear_svc", SearchSpace.builder().logUniform("C", 1e-3, 1e2).build());
        SPACES.put("knn", SearchSpace.builder().integers("n_neighbors", 1, 30).choice("weights", "uniform", "distance").build());
        SPACES.put("gaussian_nb", SearchSpace.builder().logUniform("var_smoothing", 1e-12, 1e-3).build());
        SPACES.put("multinomial_nb", SearchSpace.builder().logUniform("alpha", 1e-3, 10).build());
        SPACES.put("complement_nb", SearchSpace.builder().logUniform("alpha", 1e-3, 10).build());
        SPACES.put("bernoulli_nb", SearchSpace.builder().logUniform("alpha", 1e-3, 10).build());
        SPACES.put("categorical_nb", SearchSpace.builder().logUniform("alpha", 1e-3, 10).build());
        SPACES.put("kernel_regression", SearchSpace.builder().choice("kernel", "gaussian", "epanechnikov", "tricube").build());
        SPACES.put("loess", SearchSpace.builder().uniform("frac", 0.2, 1).build());
        SPACES.put("self_training", SearchSpace.builder().uniform("threshold", 0.5, 0.99).build());
        SPACES.put("label_propagation", SearchSpace.builder().logUniform("gamma", 1e-2, 1e2).build());
        SPACES.put("label_spreading", SearchSpace.builder().logUniform("gamma", 1e-2, 1e2).uniform("alpha", 0.05, 0.95)
                .build());
    }

    private DefaultSpaces() {
    }

    /** The default space of catalogue model {@code model}; a clear error for an unknown model. */
    public static SearchSpace of(String model) {
        ModelCatalog.entry(model);
        SearchSpace space = SPACES.get(model);
        if (space == null) {
            throw new IllegalArgumentException("model '" + model + "' has no default search space yet");
        }
        return space;
    }
}
