package dev.lathe.model.recommend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The recommenders by name, each with its default hyperparameters. */
public final class Recommenders {

    private static final Map<String, Supplier<Recommender>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put(Popularity.NAME, Popularity::new);
        BY_NAME.put(ExplicitAls.NAME, ExplicitAls::new);
        BY_NAME.put(ImplicitAls.NAME, ImplicitAls::new);
        BY_NAME.put(ItemKnn.NAME, ItemKnn::new);
    }

    private Recommenders() {
    }

    /** Every name: popularity, als, implicit_als, item_knn. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * The recommender called {@code name} with its defaults, changed by {@code params} (snake_case names).
     *
     * @throws IllegalArgumentException for an unknown name, hyperparameter or value; the message lists what is known
     */
    public static Recommender of(String name, Map<String, ?> params) {
        Supplier<Recommender> s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown recommender '" + name + "'; expected one of "
                    + String.join(", ", BY_NAME.keySet()));
        }
        Recommender r = s.get();
        return params.isEmpty() ? r : (Recommender) r.withParams(params);
    }
}
