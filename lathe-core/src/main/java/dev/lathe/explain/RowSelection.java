package dev.lathe.explain;

import java.util.ArrayList;
import java.util.List;

/** Rows to explain, written as 1-based row numbers and inclusive ranges: {@code 1-10,15,20-22}. */
public final class RowSelection {

    private RowSelection() {
    }

    /**
     * The 0-based row indices {@code spec} names, in the order given.
     *
     * @param spec     comma-separated row numbers (from 1) and ranges {@code a-b} with a <= b
     * @param rowCount rows in the data; a number above it is an error naming the value and the row count
     */
    public static int[] parse(String spec, int rowCount) {
        List<Integer> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            String[] ends = p.split("-", -1);
            if (p.isEmpty() || ends.length > 2) {
                throw new IllegalArgumentException("bad row selection '" + spec + "': expected row numbers and ranges "
                        + "such as 1-10,15");
            }
            int from = number(ends[0], spec);
            int to = ends.length == 2 ? number(ends[1], spec) : from;
            if (to < from) {
                throw new IllegalArgumentException("bad row range '" + p + "': the end is before the start");
            }
            if (from < 1 || to > rowCount) {
                throw new IllegalArgumentException("row " + (from < 1 ? from : to) + " is out of range: the data has "
                        + rowCount + " rows (numbered from 1)");
            }
            for (int r = from; r <= to; r++) {
                out.add(r - 1);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int number(String s, String spec) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad row selection '" + spec + "': '" + s.trim() + "' is not a row number");
        }
    }
}
