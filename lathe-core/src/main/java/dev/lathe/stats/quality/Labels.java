package dev.lathe.stats.quality;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;
import java.util.HashMap;
import java.util.Map;

/**
 * A column as class codes: one code per row in [0, count), -1 where missing. Categorical columns keep their
 * codes, booleans are 0/1, text and numeric values are numbered in order of first appearance.
 *
 * @param codes one code per row
 * @param count number of codes
 */
record Labels(int[] codes, int count) {

    static Labels of(Column column) {
        int[] codes = new int[column.size()];
        if (column instanceof CategoricalColumn c) {
            for (int i = 0; i < codes.length; i++) {
                codes[i] = c.code(i);
            }
            return new Labels(codes, c.levels().size());
        }
        if (column instanceof BooleanColumn b) {
            for (int i = 0; i < codes.length; i++) {
                codes[i] = b.raw(i);
            }
            return new Labels(codes, 2);
        }
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            Object key = column.isMissing(i) ? null
                    : column instanceof NumericColumn n ? (Object) n.get(i) : column.format(i);
            codes[i] = key == null ? -1 : seen.computeIfAbsent(key, k -> seen.size());
        }
        return new Labels(codes, seen.size());
    }
}
