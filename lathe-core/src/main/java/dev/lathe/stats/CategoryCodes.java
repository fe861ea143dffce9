package dev.lathe.stats;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;

/**
 * The rows of a categorical or boolean column as level codes 0..levels-1, -1 for missing: the common input
 * of the categorical association measures.
 *
 * @param name   the column's name
 * @param codes  one code per row
 * @param levels number of levels (2 for a boolean column: false, true)
 */
record CategoryCodes(String name, int[] codes, int levels) {

    /** Whether {@code column} can be read as categories. */
    static boolean accepts(Column column) {
        return column instanceof CategoricalColumn || column instanceof BooleanColumn;
    }

    /**
     * The codes of {@code column}.
     *
     * @throws IllegalArgumentException naming the column when it is neither categorical nor boolean
     */
    static CategoryCodes of(Column column) {
        if (column instanceof CategoricalColumn c) {
            int[] codes = new int[c.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = c.isMissing(i) ? -1 : c.code(i);
            }
            return new CategoryCodes(c.name(), codes, c.levels().size());
        }
        if (column instanceof BooleanColumn b) {
            int[] codes = new int[b.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = b.isMissing(i) ? -1 : b.raw(i);
            }
            return new CategoryCodes(b.name(), codes, 2);
        }
        throw new IllegalArgumentException("column '" + column.name() + "' is " + column.type().label()
                + "; a categorical association needs a categorical or boolean column");
    }
}
