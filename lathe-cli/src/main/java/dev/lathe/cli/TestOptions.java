package dev.lathe.cli;

import dev.lathe.stats.test.Alternative;
import picocli.CommandLine.Option;

/** The options every {@code lathe stats <test>} command shares: the alternative, the level and JSON output. */
final class TestOptions {

    @Option(names = "--alternative", paramLabel = "SIDE", defaultValue = "two-sided",
            description = "Alternative hypothesis: two-sided, less or greater (default: ${DEFAULT-VALUE}).")
    String alternative;

    @Option(names = "--alpha", paramLabel = "LEVEL", defaultValue = "0.05",
            description = "Significance level for the decision and 1 - confidence of intervals (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    /** The parsed alternative; fails with the accepted names. */
    Alternative alternative() {
        return Alternative.parse(alternative);
    }

    /** The level, checked to lie in (0, 1). */
    double alpha() {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("--alpha must be in (0, 1), got " + alpha);
        }
        return alpha;
    }

    /** The confidence level of intervals: 1 - alpha. */
    double confidence() {
        return 1 - alpha();
    }
}
