package dev.lathe.model.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The per-class form of {@code class_weight}: a map from class label to weight, as scikit-learn's dict. */
final class PerClassWeights {

    private PerClassWeights() {
    }

    /**
     * Checks a map from class label to weight and normalises it: labels as text, weights as finite
     * non-negative doubles (numbers or numeric text), sorted by label.
     */
    static Map<String, Double> check(Map<?, ?> perClass) {
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : perClass.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException("class_weight has an empty class label");
            }
            String label = e.getKey().toString();
            double w = weight(label, e.getValue());
            if (out.put(label, w) != null) {
                throw new IllegalArgumentException("class_weight names class '" + label + "' twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static double weight(String label, Object value) {
        double w;
        try {
            w = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            w = Double.NaN;
        }
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException("class_weight for class '" + label
                    + "' must be a finite number at least 0, got '" + value + "'");
        }
        return w;
    }

    /**
     * The weight of each class code; classes the map does not name weigh 1. Fails naming every label of
     * the map that is not a class of the target.
     *
     * @param perClass a map checked by {@link #check}
     * @param classes  the target's sorted class labels
     * @param target   the target's name, for the message
     */
    static double[] byCode(Map<?, ?> perClass, List<String> classes, String target) {
        List<String> unknown = new ArrayList<>();
        for (Object label : perClass.keySet()) {
            if (!classes.contains(label.toString())) {
                unknown.add(label.toString());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("class_weight names " + (unknown.size() == 1 ? "a label" : "labels")
                    + " not among the classes of target '" + target + "': " + String.join(", ", unknown)
                    + "; the classes are " + String.join(", ", classes));
        }
        double[] out = new double[classes.size()];
        for (int k = 0; k < out.length; k++) {
            Object w = perClass.get(classes.get(k));
            out[k] = w == null ? 1.0 : ((Number) w).doubleValue();
        }
        return out;
    }
}
