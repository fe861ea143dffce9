package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.LabelOrder;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples a {@code lathe stats <test>} command reads from a CSV's columns. Rows with a missing value in
 * any column a test uses are left out; every error names the option, the column and the value at fault.
 */
final class TestData {

    private TestData() {
    }

    /** Two samples split by a grouping column, with the two group labels in label order (first = x). */
    record Groups(double[] x, double[] y, String first, String second) {
    }

    /** The present values of a numeric column. */
    static double[] values(Frame frame, String column) {
        NumericColumn c = frame.numeric(column);
        double[] out = new double[c.size() - c.missingCount()];
        for (int i = 0, k = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                out[k++] = c.get(i);
            }
        }
        return out;
    }

    /**
     * The values of {@code value} split by the two labels of {@code group}.
     *
     * @throws IllegalArgumentException when the group column does not hold exactly two labels
     */
    static Groups groups(Frame frame, String value, String group) {
        NumericColumn v = frame.numeric(value);
        Column g = frame.column(group);
        Map<String, List<Double>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.isMissing(i) && !g.isMissing(i)) {
                byLabel.computeIfAbsent(g.format(i), k -> new ArrayList<>()).add(v.get(i));
            }
        }
        List<String> labels = checkTwo(LabelOrder.sorted(byLabel.keySet()), group);
        return new Groups(toArray(byLabel.get(labels.get(0))), toArray(byLabel.get(labels.get(1))), labels.get(0),
                labels.get(1));
    }

    /**
     * The two labels of {@code group} in label order among the rows {@code used} accepts (and where the group
     * is present).
     */
    static List<String> twoLabels(Frame frame, String group, java.util.function.IntPredicate used) {
        Column g = frame.column(group);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (used.test(i) && !g.isMissing(i)) {
                labels.add(g.format(i));
            }
        }
        return checkTwo(LabelOrder.sorted(labels), group);
    }

    private static List<String> checkTwo(List<String> labels, String group) {
        if (labels.size() != 2) {
            throw new IllegalArgumentException("--group column '" + group + "' has " + labels.size() + " group"
                    + (labels.size() == 1 ? "" : "s") + " " + labels + " among rows with a value: expected exactly 2");
        }
        return labels;
    }

    /** The rows where both numeric columns are present, as {x, y}. */
    static double[][] pairs(Frame frame, String first, String second) {
        NumericColumn a = frame.numeric(first);
        NumericColumn b = frame.numeric(second);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.isMissing(i) && !b.isMissing(i)) {
                x.add(a.get(i));
                y.add(b.get(i));
            }
        }
        return new double[][] {toArray(x), toArray(y)};
    }

    /**
     * The counts of a cross-tabulation: rows are the labels of {@code rows}, columns those of {@code columns},
     * both in label order; rows missing either value are left out.
     */
    static Table crossTab(Frame frame, String rows, String columns) {
        Column r = frame.column(rows);
        Column c = frame.column(columns);
        List<String> rowLabels = new ArrayList<>();
        List<String> colLabels = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (!r.isMissing(i) && !c.isMissing(i)) {
                rowLabels.add(r.format(i));
                colLabels.add(c.format(i));
            }
        }
        List<String> rl = LabelOrder.sorted(rowLabels);
        List<String> cl = LabelOrder.sorted(colLabels);
        long[][] counts = new long[rl.size()][cl.size()];
        Map<String, Integer> ri = index(rl);
        Map<String, Integer> ci = index(cl);
        for (int i = 0; i < rowLabels.size(); i++) {
            counts[ri.get(rowLabels.get(i))][ci.get(colLabels.get(i))]++;
        }
        return new Table(counts, rl, cl);
    }

    /** A table of counts with its row and column labels. */
    record Table(long[][] counts, List<String> rowLabels, List<String> columnLabels) {
    }

    /** The counts of each label of one column, in label order. */
    static Table counts(Frame frame, String column) {
        Column c = frame.column(column);
        Map<String, Long> n = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                n.merge(c.format(i), 1L, Long::sum);
            }
        }
        List<String> labels = LabelOrder.sorted(n.keySet());
        long[][] counts = new long[1][labels.size()];
        for (int j = 0; j < labels.size(); j++) {
            counts[0][j] = n.get(labels.get(j));
        }
        return new Table(counts, List.of("count"), labels);
    }

    /**
     * Whether each present row of a binary column is a success: {@code true} of a boolean column, 1 of a
     * numeric 0/1 column, or the label {@code success} of any column (needed for text and categories).
     *
     * @return one entry per row: 1 success, 0 failure, -1 missing
     */
    static int[] outcomes(Frame frame, String column, String success) {
        Column c = frame.column(column);
        int[] out = new int[c.size()];
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.isMissing(i)) {
                out[i] = -1;
                continue;
            }
            String label = c.format(i);
            if (!seen.contains(label)) {
                seen.add(label);
            }
            if (success != null) {
                out[i] = label.equals(success) ? 1 : 0;
            } else if (c instanceof NumericColumn n && (n.get(i) == 0 || n.get(i) == 1)) {
                out[i] = (int) n.get(i);
            } else if (c instanceof dev.lathe.frame.BooleanColumn b) {
                out[i] = b.get(i) ? 1 : 0;
            } else {
                throw new IllegalArgumentException("column '" + column + "' holds '" + label + "' at row " + (i + 1)
                        + ": expected 0/1 or true/false, or name the success label with --success");
            }
        }
        if (success != null && !seen.contains(success)) {
            throw new IllegalArgumentException("--success '" + success + "' does not occur in column '" + column
                    + "', which holds " + LabelOrder.sorted(seen));
        }
        return out;
    }

    /** A table of counts as nested lists, for output. */
    static List<List<Long>> asLists(long[][] counts) {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : counts) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return rows;
    }

    private static Map<String, Integer> index(List<String> labels) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String l : labels) {
            m.put(l, m.size());
        }
        return m;
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
