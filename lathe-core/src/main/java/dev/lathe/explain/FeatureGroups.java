package dev.lathe.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which input column of a pipeline each model feature comes from, read from the names preparation steps
 * give their outputs: a feature named like an input column is that column (scaled, imputed...), and a
 * feature named {@code <column>_<suffix>} comes from that column (one-hot indicators, date parts, sine and
 * cosine, missing-value indicators), the longest matching column name winning. A feature that matches no
 * input column keeps a group of its own, so values still add up.
 *
 * @param names   the groups: input columns that give features, in input order, then unmatched features
 * @param groupOf per model feature, the index of its group
 */
record FeatureGroups(List<String> names, int[] groupOf) {

    static FeatureGroups of(List<String> inputs, List<String> features) {
        int[] origin = new int[features.size()];
        boolean[] used = new boolean[inputs.size()];
        for (int f = 0; f < origin.length; f++) {
            String name = features.get(f);
            origin[f] = -1;
            for (int c = 0; c < inputs.size(); c++) {
                String input = inputs.get(c);
                boolean match = name.equals(input) || name.startsWith(input + "_");
                if (match && (origin[f] < 0 || input.length() > inputs.get(origin[f]).length())) {
                    origin[f] = c;
                }
            }
            if (origin[f] >= 0) {
                used[origin[f]] = true;
            }
        }
        List<String> names = new ArrayList<>();
        int[] groupOfInput = new int[inputs.size()];
        for (int c = 0; c < inputs.size(); c++) {
            groupOfInput[c] = used[c] ? names.size() : -1;
            if (used[c]) {
                names.add(inputs.get(c));
            }
        }
        int[] groupOf = new int[features.size()];
        for (int f = 0; f < groupOf.length; f++) {
            if (origin[f] >= 0) {
                groupOf[f] = groupOfInput[origin[f]];
            } else {
                groupOf[f] = names.size();
                names.add(features.get(f));
            }
        }
        return new FeatureGroups(List.copyOf(names), groupOf);
    }

    /** Whether every group is a single feature with the same name (nothing to regroup). */
    boolean identity(List<String> features) {
        return names.equals(features);
    }
}
