package dev.lathe.cli;

import dev.lathe.frame.Frame;
import dev.lathe.stats.test.ContingencyTests;
import dev.lathe.stats.test.InferenceResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code lathe stats chi2} and {@code gtest}: with --group, the test of independence of two columns'
 * cross-tabulation; without, goodness of fit of one column's counts to --probabilities (default equal shares).
 */
abstract class ContingencyCommand extends TestCommand {

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "Column of categories.")
    String value;

    @Option(names = "--group", paramLabel = "COLUMN",
            description = "Second column of categories: test independence of the two.")
    String group;

    @Option(names = "--probabilities", paramLabel = "LABEL=P", split = ",",
            description = "Expected share of each label for goodness of fit, e.g. a=0.2,b=0.8 (default: equal).")
    Map<String, Double> probabilities;

    /** The statistic this command computes. */
    abstract ContingencyTests.Statistic statistic();

    /** Whether a 2 x 2 table gets Yates' correction. */
    abstract boolean yates();

    @Override
    final InferenceResult test(Frame frame) {
        twoSidedOnly(statistic() == ContingencyTests.Statistic.G ? "the G-test" : "the chi-square test");
        if (group != null) {
            if (probabilities != null) {
                throw new IllegalArgumentException("--probabilities applies to goodness of fit (without --group)");
            }
            TestData.Table t = TestData.crossTab(frame, value, group);
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("row_labels", t.rowLabels());
            labels.put("column_labels", t.columnLabels());
            labels.put("observed", TestData.asLists(t.counts()));
            try {
                return withExtras(ContingencyTests.independence(t.counts(), statistic(), yates(), options.confidence()),
                        labels);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (rows: " + value + " " + t.rowLabels()
                        + ", columns: " + group + " " + t.columnLabels() + ")", e);
            }
        }
        TestData.Table t = TestData.counts(frame, value);
        List<String> labels = t.columnLabels();
        double[] p = null;
        if (probabilities != null) {
            for (String label : probabilities.keySet()) {
                if (!labels.contains(label)) {
                    throw new IllegalArgumentException("--probabilities names '" + label + "', which is not a label of "
                            + "column '" + value + "' " + labels);
                }
            }
            p = new double[labels.size()];
            for (int j = 0; j < p.length; j++) {
                Double share = probabilities.get(labels.get(j));
                if (share == null) {
                    throw new IllegalArgumentException("--probabilities gives no share for label '" + labels.get(j)
                            + "' of column '" + value + "'");
                }
                p[j] = share;
            }
        }
        return withExtras(ContingencyTests.goodnessOfFit(t.counts()[0], p, statistic()), Map.of("labels", labels));
    }
}
