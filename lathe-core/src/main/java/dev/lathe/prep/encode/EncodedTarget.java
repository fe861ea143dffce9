package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.LabelOrder;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A training target as the numbers a target encoder averages: the values of a continuous target, the 0/1
 * indicator of the positive class of a binary one, or one 0/1 indicator per class of a multi-class one.
 *
 * @param suffixes output column suffixes: the classes of a multi-class target, empty otherwise (one output
 *                 that replaces the encoded column)
 * @param values   {@code values[k][row]}, one array per output
 */
record EncodedTarget(List<String> suffixes, double[][] values) {

    /** Number of outputs. */
    int width() {
        return values.length;
    }

    /** {@code target} encoded as {@code type} asks; {@code auto} picks from the target's column type. */
    static EncodedTarget of(Column target, TargetEncoder.TargetType type, int rows, String step) {
        if (target == null) {
            throw new IllegalArgumentException(step + " needs the training target, but fit was given none");
        }
        if (target.size() != rows) {
            throw new IllegalArgumentException(step + ": the target has " + target.size() + " rows but the data has "
                    + rows);
        }
        if (type == TargetEncoder.TargetType.CONTINUOUS
                || (type == TargetEncoder.TargetType.AUTO && target instanceof NumericColumn)) {
            return continuous(target, step);
        }
        List<String> classes = classes(target, step);
        boolean binary = type == TargetEncoder.TargetType.BINARY
                || (type == TargetEncoder.TargetType.AUTO && classes.size() == 2);
        if (binary && classes.size() != 2) {
            throw new IllegalArgumentException(step + " with target_type binary needs exactly 2 classes; target '"
                    + target.name() + "' has " + classes.size() + ": " + classes);
        }
        List<String> outputs = binary ? classes.subList(1, 2) : classes;
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < outputs.size(); k++) {
            index.put(outputs.get(k), k);
        }
        double[][] values = new double[outputs.size()][target.size()];
        for (int i = 0; i < target.size(); i++) {
            Integer k = index.get(target.format(i));
            if (k != null) {
                values[k][i] = 1;
            }
        }
        return new EncodedTarget(binary ? List.of() : List.copyOf(classes), values);
    }

    private static EncodedTarget continuous(Column target, String step) {
        if (!(target instanceof NumericColumn n)) {
            throw new IllegalArgumentException(step + " with target_type continuous needs a numeric target; '"
                    + target.name() + "' is " + target.type().label());
        }
        double[] y = n.toArray();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(step + ": target '" + target.name() + "' has a "
                        + (Double.isNaN(y[i]) ? "missing" : "infinite") + " value in row " + (i + 1));
            }
        }
        return new EncodedTarget(List.of(), new double[][] {y});
    }

    /**
     * The distinct labels of a class target, sorted numerically when every label is a number (0 < 1 < 10),
     * else as text (false < true); at least two.
     */
    private static List<String> classes(Column target, String step) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            if (target.isMissing(i)) {
                throw new IllegalArgumentException(step + ": target '" + target.name() + "' has a missing label in row "
                        + (i + 1));
            }
            labels.add(target.format(i));
        }
        List<String> distinct = LabelOrder.sorted(labels);
        if (distinct.size() < 2) {
            throw new IllegalArgumentException(step + ": target '" + target.name() + "' has a single class "
                    + distinct + "; encoding a class target needs at least two");
        }
        return List.copyOf(distinct);
    }
}
