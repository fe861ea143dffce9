package dev.lathe.prep.feature;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.UnknownColumnException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One parsed definition {@code name = expression} of the expression language of {@link Expressions}: the
 * new column's name, the expression, and where each column is referenced, so that a missing or
 * non-numeric column is reported at its position.
 */
public final class Definition {

    /** A column referenced at a 1-based character position. */
    record ColumnUse(String name, int position) {
    }

    private final String text;
    private final String name;
    private final Expr expression;
    private final List<ColumnUse> uses;

    Definition(String text, String name, Expr expression, List<ColumnUse> uses) {
        this.text = text;
        this.name = name;
        this.expression = expression;
        this.uses = List.copyOf(uses);
    }

    /**
     * Parses {@code text}, e.g. {@code "per_head = income / household_size"}.
     *
     * @throws ExpressionException at the first fault, with its position
     */
    public static Definition parse(String text) {
        return ExpressionParser.parse(text);
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** The name of the column it defines. */
    public String name() {
        return name;
    }

    /** The columns it reads, in order of first reference. */
    public List<String> columns() {
        return List.copyOf(new LinkedHashSet<>(uses.stream().map(ColumnUse::name).toList()));
    }

    Expr expression() {
        return expression;
    }

    /**
     * The expression's value on every row of {@code data}.
     *
     * @throws ExpressionException when a referenced column is absent (the message lists the closest names)
     *                             or not numeric
     */
    public double[] evaluate(Frame data) {
        Map<String, double[]> columns = new HashMap<>();
        for (ColumnUse use : uses) {
            if (columns.containsKey(use.name())) {
                continue;
            }
            if (!data.has(use.name())) {
                throw new ExpressionException("unknown column", use.position(), text,
                        new UnknownColumnException(use.name(), data.names()).getMessage());
            }
            Column c = data.column(use.name());
            if (!(c instanceof NumericColumn n)) {
                throw new ExpressionException("column '" + use.name() + "' is " + c.type().label()
                        + ", expressions take numeric columns", use.position(), text, null);
            }
            columns.put(use.name(), n.toArray());
        }
        return expression.evaluate(columns, data.rowCount());
    }

    /** The definition in canonical form: single spaces, parentheses only where needed. */
    @Override
    public String toString() {
        return Expr.quote(name) + " = " + Expr.text(expression);
    }
}
