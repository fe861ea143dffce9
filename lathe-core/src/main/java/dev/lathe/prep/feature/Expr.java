package dev.lathe.prep.feature;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.regex.Pattern;

/**
 * The syntax tree of an expression of the language of {@link Expressions}. A node evaluates over whole
 * columns at once and prints itself back in the language, with parentheses only where the grammar needs
 * them. Every operation whose result is not a finite number (division by zero, log of 0, overflow) gives
 * NaN, that is missing; a missing operand gives a missing result.
 */
sealed interface Expr {

    /** Binding strength of a sum, the loosest. */
    int SUM = 1;
    /** Binding strength of a product or quotient. */
    int PRODUCT = 2;
    /** Binding strength of a negation. */
    int UNARY = 3;
    /** Binding strength of a power. */
    int POWER = 4;
    /** Binding strength of a number, column, call or parenthesised expression. */
    int ATOM = 5;

    /** The values on {@code rows} rows, given the referenced columns' values by name. */
    double[] evaluate(Map<String, double[]> columns, int rows);

    /** How tightly the node binds, for printing. */
    int precedence();

    /** Appends the node's text. */
    void print(StringBuilder out);

    /** {@code v}, or NaN when it is infinite. */
    static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** The text of {@code e}. */
    static String text(Expr e) {
        StringBuilder out = new StringBuilder();
        e.print(out);
        return out.toString();
    }

    /** The shape of names written without backquotes. */
    Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A column name as written: plain when it is an identifier, else between backquotes. */
    static String quote(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : "`" + name + "`";
    }

    /** A number. */
    record Literal(double value) implements Expr {
        @Override
        public double[] evaluate(Map<String, double[]> columns, int rows) {
            double[] out = new double[rows];
            Arrays.fill(out, value);
            return out;
        }

        @Override
        public int precedence() {
            return Math.copySign(1.0, value) < 0 ? UNARY : ATOM;
        }

        @Override
        public void print(StringBuilder out) {
            String s = Double.toString(value);
            out.append(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
        }
    }

    /** The values of a numeric column. */
    record ColumnRef(String name) implements Expr {
        @Override
        public double[] evaluate(Map<String, double[]> columns, int rows) {
            return columns.get(name);
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void print(StringBuilder out) {
            out.append(quote(name));
        }
    }

    /** {@code -operand}. */
    record Negate(Expr operand) implements Expr {
        @Override
        public double[] evaluate(Map<String, double[]> columns, int rows) {
            double[] v = operand.evaluate(columns, rows);
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = -v[i];
            }
            return out;
        }

        @Override
        public int precedence() {
            return UNARY;
        }

        @Override
        public void print(StringBuilder out) {
            out.append('-');
            printOperand(out, operand, operand.precedence() < UNARY);
        }
    }

    /** {@code left operator right}. */
    record Binary(Operator operator, Expr left, Expr right) implements Expr {
        @Override
        public double[] evaluate(Map<String, double[]> columns, int rows) {
            double[] a = left.evaluate(columns, rows);
            double[] b = right.evaluate(columns, rows);
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = finite(operator.function.applyAsDouble(a[i], b[i]));
            }
            return out;
        }

        @Override
        public int precedence() {
            return operator.precedence;
        }

        @Override
        public void print(StringBuilder out) {
            int p = operator.precedence;
            // ^ groups to the right and takes a negation on its right; the others group to the left
            boolean power = operator == Operator.POWER;
            printOperand(out, left, power ? left.precedence() <= p : left.precedence() < p);
            out.append(' ').append(operator.symbol).append(' ');
            printOperand(out, right, power ? right.precedence() < UNARY : right.precedence() <= p);
        }
    }

    /** {@code function(arguments...)}. */
    record Call(ExprFunction function, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public double[] evaluate(Map<String, double[]> columns, int rows) {
            double[][] values = new double[arguments.size()][];
            for (int k = 0; k < values.length; k++) {
                values[k] = arguments.get(k).evaluate(columns, rows);
            }
            return function.apply(values, rows);
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void print(StringBuilder out) {
            out.append(function.label()).append('(');
            for (int k = 0; k < arguments.size(); k++) {
                if (k > 0) {
                    out.append(", ");
                }
                arguments.get(k).print(out);
            }
            out.append(')');
        }
    }

    /** The binary operators. */
    enum Operator {
        ADD('+', SUM, (a, b) -> a + b),
        SUBTRACT('-', SUM, (a, b) -> a - b),
        MULTIPLY('*', PRODUCT, (a, b) -> a * b),
        DIVIDE('/', PRODUCT, (a, b) -> a / b),
        POWER('^', Expr.POWER, Math::pow);

        final char symbol;
        final int precedence;
        final DoubleBinaryOperator function;

        Operator(char symbol, int precedence, DoubleBinaryOperator function) {
            this.symbol = symbol;
            this.precedence = precedence;
            this.function = function;
        }

        /** The operator written {@code symbol}, or null. */
        static Operator of(char symbol) {
            for (Operator o : values()) {
                if (o.symbol == symbol) {
                    return o;
                }
            }
            return null;
        }
    }

    private static void printOperand(StringBuilder out, Expr operand, boolean parenthesise) {
        if (parenthesise) {
            out.append('(');
        }
        operand.print(out);
        if (parenthesise) {
            out.append(')');
        }
    }
}
