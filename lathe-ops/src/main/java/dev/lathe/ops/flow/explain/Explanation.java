package dev.lathe.ops.flow.explain;

import java.util.List;

/**
 * Feature importances of a model, most important first.
 *
 * @param method   how they were computed, in words, for the report
 * @param metric   the metric importance is measured in
 * @param features one entry per input column
 */
public record Explanation(String method, String metric, List<Importance> features) {

    /** Copies the list. */
    public Explanation {
        features = List.copyOf(features);
    }

    /**
     * The importance of one input column.
     *
     * @param feature the input column
     * @param mean    the mean loss of score when the column is disturbed (larger: more important)
     * @param sd      its standard deviation over repeats
     */
    public record Importance(String feature, double mean, double sd) {
    }
}
