package dev.lathe.ops.flow.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a flow spec, collected so that every one is reported at once, in line order. Each is one
 * line of the form {@code flow.yaml line 12: message}.
 */
public final class Problems {

    private final String source;
    private final List<Problem> messages = new ArrayList<>();

    private record Problem(int line, String text) {
    }

    /** @param source the spec file's name, for messages */
    public Problems(String source) {
        this.source = source;
    }

    /** Records a problem at {@code line} (0 when the problem has no line). */
    public void add(int line, String message) {
        messages.add(new Problem(line, line > 0 ? source + " line " + line + ": " + message : source + ": " + message));
    }

    /** Records a problem already prefixed with the file and line. */
    public void addFormatted(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" line (\\d+): ").matcher(message);
        messages.add(new Problem(m.find() ? Integer.parseInt(m.group(1)) : 0, message));
    }

    /** The problems so far, by line (problems without a line last, in the order found). */
    public List<String> messages() {
        return messages.stream().sorted(java.util.Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE
                : p.line())).map(Problem::text).toList();
    }

    /** Throws a {@link FlowSpecException} listing every problem, when there is one. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new FlowSpecException(messages());
        }
    }
}
