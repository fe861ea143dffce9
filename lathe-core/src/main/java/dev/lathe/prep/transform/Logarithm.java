package dev.lathe.prep.transform;

import dev.lathe.frame.Frame;
import dev.lathe.prep.NumericColumns;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The logarithms {@link LogTransformer} offers (its {@code function} hyperparameter): each with the bound
 * its inputs must exceed, its inverse, and the step name its messages use.
 */
public enum Logarithm {
    /** ln x for x > 0, inverse e^y. */
    LOG(0, Math::log, Math::exp, "log_transformer"),
    /** ln(1 + x) for x > -1, inverse e^y - 1; exact for small x (counts, amounts with zeros). */
    LOG1P(-1, Math::log1p, Math::expm1, "log1p_transformer");

    private final double bound;
    private final DoubleUnaryOperator forward;
    private final DoubleUnaryOperator inverse;
    private final String step;

    Logarithm(double bound, DoubleUnaryOperator forward, DoubleUnaryOperator inverse, String step) {
        this.bound = bound;
        this.forward = forward;
        this.inverse = inverse;
        this.step = step;
    }

    /** The name that messages about this transform carry. */
    String step() {
        return step;
    }

    /** Fails, naming the row and value, unless every non-missing value of the column is in the domain. */
    void check(double[] values, String step, String column) {
        Domain.requireAbove(values, bound, step, column);
    }

    /** The listed columns replaced by their logarithms, after checking the domain. */
    Frame forward(Frame data, List<String> columns, String step) {
        return NumericColumns.replace(data, columns, step, (j, v) -> {
            check(v, step, columns.get(j));
            return map(v, forward);
        });
    }

    /** The listed columns replaced by the inverse (exponential) of their values. */
    Frame inverse(Frame data, List<String> columns, String step) {
        return NumericColumns.replace(data, columns, step, (j, v) -> map(v, inverse));
    }

    private static double[] map(double[] values, DoubleUnaryOperator f) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = f.applyAsDouble(values[i]);
        }
        return out;
    }
}
