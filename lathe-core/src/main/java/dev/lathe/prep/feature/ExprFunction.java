package dev.lathe.prep.feature;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The functions the expression language allows, with their number of arguments. Nothing outside this list
 * can be called. Each applies element-wise over whole columns; a missing argument gives a missing result.
 */
enum ExprFunction {
    /** abs(x): absolute value. */
    ABS(1, 1, a -> Math.abs(a[0])),
    /** ceil(x): smallest whole number at least x. */
    CEIL(1, 1, a -> Math.ceil(a[0])),
    /** clip(x, lo, hi): min(max(x, lo), hi). */
    CLIP(3, 3, a -> Math.min(Math.max(a[0], a[1]), a[2])),
    /** exp(x): e to the x. */
    EXP(1, 1, a -> Math.exp(a[0])),
    /** floor(x): largest whole number at most x. */
    FLOOR(1, 1, a -> Math.floor(a[0])),
    /** log(x): natural logarithm. */
    LOG(1, 1, a -> Math.log(a[0])),
    /** log10(x): base-10 logarithm. */
    LOG10(1, 1, a -> Math.log10(a[0])),
    /** log1p(x): log(1 + x), accurate for small x. */
    LOG1P(1, 1, a -> Math.log1p(a[0])),
    /** max(x, y, ...): the largest argument. */
    MAX(2, Integer.MAX_VALUE, a -> Arrays.stream(a).reduce(Math::max).orElseThrow()),
    /** min(x, y, ...): the smallest argument. */
    MIN(2, Integer.MAX_VALUE, a -> Arrays.stream(a).reduce(Math::min).orElseThrow()),
    /** pow(x, y): x to the y, as x ^ y. */
    POW(2, 2, a -> Math.pow(a[0], a[1])),
    /** sqrt(x): square root. */
    SQRT(1, 1, a -> Math.sqrt(a[0]));

    /** One row's result from one row's arguments. */
    @FunctionalInterface
    private interface Kernel {
        double apply(double[] arguments);
    }

    private final int minArguments;
    private final int maxArguments;
    private final Kernel kernel;

    ExprFunction(int minArguments, int maxArguments, Kernel kernel) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
        this.kernel = kernel;
    }

    /** The name used in expressions. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Fewest arguments. */
    int minArguments() {
        return minArguments;
    }

    /** Most arguments. */
    int maxArguments() {
        return maxArguments;
    }

    /** How many arguments it takes, for messages: "1 argument", "3 arguments", "at least 2 arguments". */
    String arity() {
        String count = minArguments == maxArguments ? Integer.toString(minArguments) : "at least " + minArguments;
        return count + (maxArguments == 1 ? " argument" : " arguments");
    }

    /** The function called {@code name}, or null. */
    static ExprFunction named(String name) {
        for (ExprFunction f : values()) {
            if (f.label().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** All names, comma separated, for messages. */
    static String known() {
        return Arrays.stream(values()).map(ExprFunction::label).collect(Collectors.joining(", "));
    }

    /** Applies the function row by row to argument columns of {@code rows} values; non-finite results are NaN. */
    double[] apply(double[][] arguments, int rows) {
        double[] out = new double[rows];
        double[] row = new double[arguments.length];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < row.length; k++) {
                row[k] = arguments[k][i];
            }
            out[i] = Expr.finite(kernel.apply(row));
        }
        return out;
    }
}
