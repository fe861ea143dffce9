package dev.lathe.model.semisupervised;

import dev.lathe.frame.Column;
import dev.lathe.frame.LabelOrder;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target in which missing values mark unlabelled rows: the sorted classes of the labelled rows and a
 * code per row, -1 when unlabelled.
 */
record PartialLabels(List<String> classes, int[] codes) {

    /** Reads {@code y}; fails on no rows, no labelled row, or fewer than two classes. */
    static PartialLabels of(Column y) {
        int n = y.size();
        if (n == 0) {
            throw new IllegalArgumentException("no rows to learn from");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (!y.isMissing(i)) {
                distinct.add(y.format(i));
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("target '" + y.name() + "' has no labelled row (all " + n
                    + " values are missing); label some rows, leave only the unlabelled ones empty");
        }
        List<String> classes = List.copyOf(LabelOrder.sorted(distinct));
        if (classes.size() < 2) {
            throw new IllegalArgumentException("target '" + y.name() + "' has a single class " + classes
                    + " among its labelled rows; a classifier needs at least two");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = y.isMissing(i) ? -1 : index.get(y.format(i));
        }
        return new PartialLabels(classes, codes);
    }

    /** How many rows have a label. */
    int labelled() {
        int count = 0;
        for (int c : codes) {
            count += c >= 0 ? 1 : 0;
        }
        return count;
    }
}
