package dev.lathe.frame;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thrown when a column is asked for by a name the frame does not have; the message lists the closest names. */
public final class UnknownColumnException extends IllegalArgumentException {

    private static final int SUGGESTIONS = 3;

    private final String requested;

    /** @param requested the name asked for; @param available the frame's column names */
    public UnknownColumnException(String requested, List<String> available) {
        super(message(requested, available));
        this.requested = requested;
    }

    /** The name that was asked for. */
    public String requested() {
        return requested;
    }

    private static String message(String requested, List<String> available) {
        if (available.isEmpty()) {
            return "no column '" + requested + "': the frame has no columns";
        }
        String lower = requested.toLowerCase(Locale.ROOT);
        List<String> closest = available.stream()
                .sorted(Comparator.comparingInt((String s) -> editDistance(lower, s.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS)
                .collect(Collectors.toList());
        String closestText = closest.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        return "no column '" + requested + "'; closest: " + closestText + " (" + available.size() + " columns)";
    }

    /** Levenshtein distance between two strings. */
    static int editDistance(String a, String b) {
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
}
