package dev.lathe.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hyperparameter values a search may try, by name. A dimension may be conditional: it exists only
 * when an earlier categorical dimension takes one of the given values (scikit-learn's list of grids,
 * Optuna's define-by-run branches), so {@code l1_ratio} is tried only with {@code penalty=elasticnet}.
 * An empty space has one configuration: the pipeline as it is.
 *
 * <pre>{@code
 * SearchSpace space = SearchSpace.builder()
 *         .logUniform("C", 1e-3, 1e3)
 *         .choice("penalty", "l2", "elasticnet")
 *         .when("penalty", "elasticnet").uniform("l1_ratio", 0, 1)
 *         .build();
 * }</pre>
 *
 * @param dimensions the hyperparameters, each parent before its children, names unique
 */
public record SearchSpace(List<Dimension> dimensions) {

    /** Validates names and conditions. */
    public SearchSpace {
        dimensions = List.copyOf(dimensions);
        Map<String, Dimension> seen = new HashMap<>();
        for (Dimension d : dimensions) {
            if (seen.containsKey(d.name())) {
                throw new IllegalArgumentException("search space parameter '" + d.name() + "' is given twice");
            }
            if (d.parent() != null) {
                checkParent(d, seen.get(d.parent()));
            }
            seen.put(d.name(), d);
        }
    }

    private static void checkParent(Dimension d, Dimension parent) {
        if (parent == null) {
            throw new IllegalArgumentException("search space parameter '" + d.name() + "' depends on '" + d.parent()
                    + "', which is not declared before it");
        }
        if (!(parent.distribution() instanceof Distribution.Choice choice)) {
            throw new IllegalArgumentException("search space parameter '" + d.name() + "' depends on '" + d.parent()
                    + "', which is a range; a parent must be a list of choices");
        }
        for (Object v : d.parentValues()) {
            if (!choice.values().contains(v)) {
                throw new IllegalArgumentException("search space parameter '" + d.name() + "' depends on " + d.parent()
                        + "=" + v + ", which is not one of its choices " + choice.values());
            }
        }
    }

    /** A builder of spaces written in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** The dimension names, in order. */
    public List<String> names() {
        return dimensions.stream().map(Dimension::name).toList();
    }

    /**
     * Every configuration of the grid, the first dimension varying slowest; a conditional dimension appears
     * only in the configurations where its parent takes one of its values.
     *
     * @param points values per continuous range (see {@link Distribution#grid}), at least 2
     */
    public List<Map<String, Object>> grid(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("grid points per range must be at least 2, got " + points);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        enumerate(0, new LinkedHashMap<>(), points, out);
        return out;
    }

    private void enumerate(int i, LinkedHashMap<String, Object> chosen, int points, List<Map<String, Object>> out) {
        if (i == dimensions.size()) {
            out.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen)));
            return;
        }
        Dimension d = dimensions.get(i);
        if (!d.activeIn(chosen)) {
            enumerate(i + 1, chosen, points, out);
            return;
        }
        for (Object v : d.distribution().grid(points)) {
            chosen.put(d.name(), v);
            enumerate(i + 1, chosen, points, out);
            chosen.remove(d.name());
        }
    }

    /** One configuration drawn with {@code rng}, dimension by dimension in order, conditional ones only when active. */
    public Map<String, Object> sample(SplittableRandom rng) {
        LinkedHashMap<String, Object> chosen = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            if (d.activeIn(chosen)) {
                chosen.put(d.name(), d.distribution().sample(rng));
            }
        }
        return java.util.Collections.unmodifiableMap(chosen);
    }

    /**
     * Adds dimensions in order. Each method fails with a message naming the parameter when its values are
     * empty or invalid.
     */
    public static final class Builder {

        private final List<Dimension> dimensions = new ArrayList<>();
        private String parent;
        private List<Object> parentValues = List.of();

        private Builder() {
        }

        /**
         * Makes the next dimension added conditional: it exists only when {@code parent} takes one of
         * {@code values}.
         */
        public Builder when(String parent, Object... values) {
            this.parent = parent;
            this.parentValues = Arrays.asList(values);
            return this;
        }

        /** A list of choices (numbers or categories). */
        public Builder choice(String name, Object... values) {
            return add(name, () -> new Distribution.Choice(Arrays.asList(values)));
        }

        /** Reals uniform on [low, high]. */
        public Builder uniform(String name, double low, double high) {
            return add(name, () -> new Distribution.Uniform(low, high));
        }

        /** Reals log-uniform on [low, high], 0 < low < high. */
        public Builder logUniform(String name, double low, double high) {
            return add(name, () -> new Distribution.LogUniform(low, high));
        }

        /** Whole numbers uniform on [low, high], both included. */
        public Builder integers(String name, int low, int high) {
            return add(name, () -> new Distribution.IntRange(low, high));
        }

        /** Any distribution. */
        public Builder add(String name, Distribution distribution) {
            return add(name, () -> distribution);
        }

        private Builder add(String name, java.util.function.Supplier<Distribution> distribution) {
            Distribution d;
            try {
                d = distribution.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("search space parameter '" + name + "': "
                        + (e instanceof NullPointerException ? "a choice is null" : e.getMessage()), e);
            }
            dimensions.add(new Dimension(name, d, parent, parent == null ? List.of() : parentValues));
            parent = null;
            parentValues = List.of();
            return this;
        }

        /** The space; fails on repeated names and on conditions that name no earlier list of choices. */
        public SearchSpace build() {
            return new SearchSpace(dimensions);
        }
    }
}
