package dev.lathe.stats.quality;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rows equal in every column to an earlier row ({@code duplicate_rows}), counted as pandas
 * {@code DataFrame.duplicated().sum()} (missing equals missing). Each row gets a 64-bit hash built column
 * by column; only rows whose hash occurs more than once are compared value by value, so memory beyond one
 * {@code long} per row grows with the duplicates, not with the rows.
 */
final class DuplicateRows {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    private DuplicateRows() {
    }

    static List<Finding> of(Frame frame) {
        int rows = frame.rowCount();
        long[] hash = new long[rows];
        for (Column c : frame.columns()) {
            for (int i = 0; i < rows; i++) {
                hash[i] = (hash[i] ^ cellHash(c, i)) * MIX;
                hash[i] ^= hash[i] >>> 29;
            }
        }
        long[] sorted = hash.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < rows; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        Map<Long, List<Integer>> firsts = new HashMap<>();
        long duplicates = 0;
        for (int i = 0; i < rows; i++) {
            if (!repeated.contains(hash[i])) {
                continue;
            }
            List<Integer> seen = firsts.computeIfAbsent(hash[i], h -> new ArrayList<>());
            int row = i;
            if (seen.stream().anyMatch(earlier -> sameRow(frame, earlier, row))) {
                duplicates++;
            } else {
                seen.add(i);
            }
        }
        if (duplicates == 0) {
            return List.of();
        }
        double share = (double) duplicates / rows;
        return List.of(new Finding("duplicate_rows", Severity.WARNING, List.of(), share, String.format(Locale.ROOT,
                "%d of %d rows (%.1f%%) repeat an earlier row in every column: drop them unless repeats are real "
                        + "events, and split train and test after dropping so that no row is in both.",
                duplicates, rows, 100 * share)));
    }

    private static long cellHash(Column c, int i) {
        if (c.isMissing(i)) {
            return 0x5bd1e995L;
        }
        if (c instanceof NumericColumn n) {
            double v = n.get(i);
            return Double.doubleToLongBits(v == 0 ? 0.0 : v);
        }
        if (c instanceof CategoricalColumn k) {
            return k.get(i).hashCode();
        }
        if (c instanceof TextColumn t) {
            return t.get(i).hashCode();
        }
        if (c instanceof TimestampColumn t) {
            return t.epochMillis(i);
        }
        return ((BooleanColumn) c).raw(i) + 1L;
    }

    private static boolean sameRow(Frame frame, int a, int b) {
        for (Column c : frame.columns()) {
            if (!Objects.equals(c.format(a), c.format(b))) {
                return false;
            }
        }
        return true;
    }
}
