package dev.lathe.tune;

import java.util.List;
import java.util.Map;

/**
 * One hyperparameter of a {@link SearchSpace}: its name (see the package documentation for names of
 * preparation steps' hyperparameters), its values, and the condition under which it exists.
 *
 * @param name         the hyperparameter's name, not blank
 * @param distribution its values
 * @param parent       the name of the categorical hyperparameter it depends on, or null when it always exists
 * @param parentValues the parent's values for which it exists (empty when there is no parent)
 */
public record Dimension(String name, Distribution distribution, String parent, List<Object> parentValues) {

    /** Validates the dimension. */
    public Dimension {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search space parameter needs a name");
        }
        if (distribution == null) {
            throw new IllegalArgumentException("search space parameter '" + name + "' has no values");
        }
        parentValues = List.copyOf(parentValues);
        if (parent != null && parentValues.isEmpty()) {
            throw new IllegalArgumentException("search space parameter '" + name + "' depends on '" + parent
                    + "' but names none of its values");
        }
        if (parent == null && !parentValues.isEmpty()) {
            throw new IllegalArgumentException("search space parameter '" + name + "' lists parent values without "
                    + "a parent");
        }
    }

    /** Whether the dimension exists given the values chosen so far. */
    boolean activeIn(Map<String, Object> chosen) {
        return parent == null || chosen.containsKey(parent) && parentValues.contains(chosen.get(parent));
    }
}
