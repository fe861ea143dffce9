package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Codes of a further batch's labels into a fitted model's classes, for partial fits. */
final class Labels {

    private Labels() {
    }

    /** {@code result[i]}: the index in {@code classes} of row i's label; fails on missing or unknown labels. */
    static int[] codes(Column y, List<String> classes) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        int[] out = new int[y.size()];
        for (int i = 0; i < out.length; i++) {
            if (y.isMissing(i)) {
                throw new IllegalArgumentException("target '" + y.name() + "' has a missing label in row " + (i + 1));
            }
            Integer k = index.get(y.format(i));
            if (k == null) {
                throw new IllegalArgumentException("target '" + y.name() + "' has label '" + y.format(i) + "' in row "
                        + (i + 1) + ", which the model was not fitted with; its classes: " + classes);
            }
            out[i] = k;
        }
        return out;
    }
}
