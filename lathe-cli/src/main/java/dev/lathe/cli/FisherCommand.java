package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.FisherExact;
import dev.lathe.stats.test.InferenceResult;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lathe stats fisher}: Fisher's exact test of --value against --group (exact, or Monte Carlo for large tables). */
@Command(name = "fisher", mixinStandardHelpOptions = true,
        description = "Fisher's exact test of independence of --value and --group: exact for a 2 x 2 table and for "
                + "larger tables with few enough tables of the same margins, else by Monte Carlo with a seed.")
final class FisherCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Column of categories (rows).")
    String value;

    @Option(names = "--group", required = true, paramLabel = "COLUMN", description = "Column of categories (columns).")
    String group;

    @Option(names = "--draws", defaultValue = "10000",
            description = "Random tables for the Monte Carlo p-value of a table too large to enumerate (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the Monte Carlo draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    InferenceResult test(Frame frame) {
        TestData.Table t = TestData.crossTab(frame, value, group);
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("row_labels", t.rowLabels());
        labels.put("column_labels", t.columnLabels());
        labels.put("observed", TestData.asLists(t.counts()));
        long[][] counts = t.counts();
        boolean twoByTwo = counts.length == 2 && counts[0].length == 2;
        if (twoByTwo) {
            return withExtras(FisherExact.twoByTwo(counts, options.alternative(), options.confidence()), labels);
        }
        twoSidedOnly("the r x c Fisher test");
        return withExtras(FisherExact.rByC(counts, draws, seed), labels);
    }
}
