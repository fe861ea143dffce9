package dev.lathe.ops.flow.spec;

import java.util.List;

/**
 * A flow spec that cannot run as written (exit code 2): its message lists every problem found, one per line,
 * each with the file and line.
 */
public final class FlowSpecException extends IllegalArgumentException {

    private final List<String> problems;

    /** @param problems the problems, at least one */
    public FlowSpecException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String head = problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the flow spec; the first: " + problems.get(0);
        return problems.size() == 1 ? head : head + "\n" + String.join("\n", problems);
    }
}
