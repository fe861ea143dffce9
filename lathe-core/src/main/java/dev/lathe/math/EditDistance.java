package dev.lathe.math;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Levenshtein distance between names, for the "closest names" part of error messages about a name that
 * is not known (a column, a hyperparameter).
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The number of single-character insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int of(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The {@code limit} names of {@code known} closest to {@code name}, ignoring case, nearest first, ties in
     * alphabetical order.
     */
    public static List<String> closest(String name, java.util.Collection<String> known, int limit) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String s) -> of(lower, s.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }
}
