package dev.lathe.prep.scale;

import java.util.List;

/** Validation of the (low, high) pairs that scalers take as hyperparameters. */
final class Ranges {

    private Ranges() {
    }

    /**
     * {@code pair} as an immutable list, checked to hold two finite numbers with low < high, both within
     * [min, max]; the message names the hyperparameter.
     */
    static List<Double> ordered(String name, List<Double> pair, double min, double max) {
        boolean valid = pair != null && pair.size() == 2 && pair.get(0) != null && pair.get(1) != null
                && pair.get(0) >= min && pair.get(1) <= max && pair.get(0) < pair.get(1)
                && Double.isFinite(pair.get(0)) && Double.isFinite(pair.get(1));
        if (!valid) {
            String bounds = Double.isInfinite(min) ? "low < high" : min + " <= low < high <= " + max;
            throw new IllegalArgumentException(name + " must be two numbers (low, high) with " + bounds + ", got "
                    + pair);
        }
        return List.copyOf(pair);
    }
}
