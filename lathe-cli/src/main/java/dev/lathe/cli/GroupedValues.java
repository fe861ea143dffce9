package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numeric column split by the levels of a group column, for the k-group tests of {@code lathe stats}.
 * Groups keep the order in which their levels first appear; rows with a missing value or group are skipped
 * and counted.
 *
 * @param names   the group levels as written in the file
 * @param groups  the values of each group
 * @param skipped rows left out for a missing value or group
 */
record GroupedValues(List<String> names, double[][] groups, int skipped) {

    /**
     * Splits {@code valueColumn} by {@code groupColumn}.
     *
     * @throws IllegalArgumentException when a column is unknown or the value column is not numeric
     */
    static GroupedValues of(Frame frame, String valueColumn, String groupColumn) {
        NumericColumn values = frame.numeric(valueColumn);
        Column group = frame.column(groupColumn);
        Map<String, List<Double>> byLevel = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < frame.rowCount(); i++) {
            if (values.isMissing(i) || group.isMissing(i)) {
                skipped++;
                continue;
            }
            byLevel.computeIfAbsent(group.format(i), k -> new ArrayList<>()).add(values.get(i));
        }
        double[][] groups = byLevel.values().stream()
                .map(v -> v.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
        return new GroupedValues(List.copyOf(byLevel.keySet()), groups, skipped);
    }
}
