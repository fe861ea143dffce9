package dev.lathe.frame;

import dev.lathe.math.EditDistance;
import java.util.List;
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
        List<String> closest = EditDistance.closest(requested, available, SUGGESTIONS);
        String closestText = closest.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        return "no column '" + requested + "'; closest: " + closestText + " (" + available.size() + " columns)";
    }
}
