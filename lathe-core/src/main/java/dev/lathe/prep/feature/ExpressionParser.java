package dev.lathe.prep.feature;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of one definition of the expression language (grammar in {@link Expressions}).
 * It reads characters directly, keeps the position of every column reference for later messages, and
 * fails with an {@link ExpressionException} at the first fault.
 */
final class ExpressionParser {

    /** Deepest nesting accepted, so that hostile text cannot exhaust the stack. */
    static final int MAX_DEPTH = 200;

    private static final String OPERAND = "expected a number, a column, a function or '('";

    private final String text;
    private final List<Definition.ColumnUse> uses = new ArrayList<>();
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** The definition {@code name = expression} in {@code text}. */
    static Definition parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a definition must be given");
        }
        ExpressionParser p = new ExpressionParser(text);
        p.skipSpaces();
        if (p.atEnd() || !(p.startsName())) {
            throw p.fail("expected the new column's name");
        }
        String name = p.name();
        p.skipSpaces();
        if (p.atEnd() || p.peek() != '=') {
            throw p.fail("expected '=' after the new column's name");
        }
        p.pos++;
        Expr expression = p.sum();
        p.skipSpaces();
        if (!p.atEnd()) {
            throw p.fail("unexpected '" + p.peek() + "'");
        }
        return new Definition(text, name, expression, p.uses);
    }

    private Expr sum() {
        Expr e = product();
        while (true) {
            skipSpaces();
            if (atEnd() || (peek() != '+' && peek() != '-')) {
                return e;
            }
            Expr.Operator op = Expr.Operator.of(text.charAt(pos++));
            e = new Expr.Binary(op, e, product());
        }
    }

    private Expr product() {
        Expr e = unary();
        while (true) {
            skipSpaces();
            if (atEnd() || (peek() != '*' && peek() != '/')) {
                return e;
            }
            Expr.Operator op = Expr.Operator.of(text.charAt(pos++));
            e = new Expr.Binary(op, e, unary());
        }
    }

    private Expr unary() {
        skipSpaces();
        if (!atEnd() && peek() == '-') {
            pos++;
            enter();
            Expr operand = unary();
            depth--;
            return new Expr.Negate(operand);
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        skipSpaces();
        if (atEnd() || peek() != '^') {
            return base;
        }
        pos++;
        enter();
        Expr exponent = unary();
        depth--;
        return new Expr.Binary(Expr.Operator.POWER, base, exponent);
    }

    private Expr atom() {
        skipSpaces();
        if (atEnd()) {
            throw fail(OPERAND);
        }
        char c = peek();
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (c == '(') {
            pos++;
            enter();
            Expr inner = sum();
            depth--;
            expect(')', "expected ')'");
            return inner;
        }
        if (!startsName()) {
            throw fail(OPERAND + ", found '" + c + "'");
        }
        int start = pos;
        boolean quoted = c == '`';
        String name = name();
        skipSpaces();
        if (!quoted && !atEnd() && peek() == '(') {
            return call(name, start);
        }
        uses.add(new Definition.ColumnUse(name, start + 1));
        return new Expr.ColumnRef(name);
    }

    private Expr call(String name, int start) {
        ExprFunction f = ExprFunction.named(name);
        if (f == null) {
            throw new ExpressionException("unknown function '" + name + "'", start + 1, text,
                    "known functions: " + ExprFunction.known());
        }
        pos++;
        enter();
        List<Expr> arguments = new ArrayList<>();
        skipSpaces();
        if (!atEnd() && peek() == ')') {
            pos++;
        } else {
            while (true) {
                arguments.add(sum());
                skipSpaces();
                if (!atEnd() && peek() == ',') {
                    pos++;
                    continue;
                }
                expect(')', arguments.size() < f.maxArguments() ? "expected ',' or ')'" : "expected ')'");
                break;
            }
        }
        depth--;
        if (arguments.size() < f.minArguments() || arguments.size() > f.maxArguments()) {
            throw new ExpressionException("function '" + name + "' takes " + f.arity() + ", got "
                    + arguments.size(), start + 1, text, null);
        }
        return new Expr.Call(f, arguments);
    }

    private Expr number() {
        int start = pos;
        digits();
        if (!atEnd() && peek() == '.') {
            pos++;
            digits();
        }
        if (pos == start + 1 && text.charAt(start) == '.') {
            throw new ExpressionException("malformed number '.'", start + 1, text, null);
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            pos++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            int exponent = pos;
            digits();
            if (pos == exponent) {
                throw new ExpressionException("malformed number '" + text.substring(start, pos) + "'", start + 1,
                        text, "expected digits after the exponent mark");
            }
        }
        String literal = text.substring(start, pos);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new ExpressionException("number '" + literal + "' is too large", start + 1, text, null);
        }
        return new Expr.Literal(value);
    }

    private void digits() {
        while (!atEnd() && isDigit(peek())) {
            pos++;
        }
    }

    /** An identifier, or any text but a backquote between backquotes. */
    private String name() {
        int start = pos;
        if (peek() == '`') {
            int close = text.indexOf('`', pos + 1);
            if (close < 0) {
                throw new ExpressionException("unclosed '`'", start + 1, text, null);
            }
            pos = close + 1;
            String name = text.substring(start + 1, close);
            if (name.isBlank()) {
                throw new ExpressionException("empty column name", start + 1, text, null);
            }
            return name;
        }
        pos++;
        while (!atEnd() && (isLetter(peek()) || isDigit(peek()))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean startsName() {
        return isLetter(peek()) || peek() == '`';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private void expect(char c, String message) {
        skipSpaces();
        if (atEnd() || peek() != c) {
            throw fail(message);
        }
        pos++;
    }

    /** One level deeper, just after reading the character that opens it (reported as the fault). */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException("expression nests deeper than " + MAX_DEPTH + " levels", pos, text, null);
        }
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private ExpressionException fail(String what) {
        return new ExpressionException(what, pos + 1, text, null);
    }
}
