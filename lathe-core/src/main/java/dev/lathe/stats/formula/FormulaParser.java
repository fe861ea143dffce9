package dev.lathe.stats.formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser of model formulas:
 * <pre>
 * formula := name '~' sum
 * sum     := ['-'] product (('+' | '-') product)*
 * product := factor ((':' | '*') factor)*        ('a*b' is 'a + b + a:b')
 * factor  := name | '.' | '0' | '1' | call | '(' sum ')'
 * call    := ('C' | 'log' | 'exp' | 'sqrt' | 'I' | 'poly') '(' ... ')'
 * </pre>
 * Names are column names (letters, digits, '_' and '.'; backquotes for anything else).
 */
final class FormulaParser {

    private final String text;
    private int pos;

    FormulaParser(String text) {
        this.text = text;
    }

    Formula parse() {
        skipSpace();
        String response = name("the response column");
        expect('~');
        Sum sum = sum();
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        return new Formula(response, sum.terms(), sum.allOthers, List.copyOf(sum.removed), sum.intercept, text);
    }

    /** The terms of a sum, with the intercept and '.' flags it carries. */
    private static final class Sum {
        final Map<String, List<Factor>> terms = new LinkedHashMap<>();
        final java.util.Set<String> removed = new java.util.LinkedHashSet<>();
        boolean intercept = true;
        boolean allOthers;

        List<List<Factor>> terms() {
            return new ArrayList<>(terms.values());
        }
    }

    private Sum sum() {
        Sum sum = new Sum();
        boolean minus = peek('-');
        if (minus) {
            pos++;
        }
        while (true) {
            addProduct(sum, minus);
            skipSpace();
            if (peek('+')) {
                pos++;
                minus = false;
            } else if (peek('-')) {
                pos++;
                minus = true;
            } else {
                return sum;
            }
        }
    }

    private void addProduct(Sum sum, boolean minus) {
        skipSpace();
        int start = pos;
        if (peek('0') || peek('1')) {
            char c = text.charAt(pos++);
            sum.intercept = (c == '1') != minus;
            return;
        }
        if (peek('.') && (pos + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(pos + 1)))) {
            pos++;
            if (minus) {
                throw error("'- .' is not supported", start);
            }
            sum.allOthers = true;
            return;
        }
        List<List<Factor>> expanded = new ArrayList<>();
        expanded.add(factorGroup());
        skipSpace();
        while (peek(':') || peek('*')) {
            boolean star = text.charAt(pos++) == '*';
            List<Factor> next = factorGroup();
            List<List<Factor>> out = new ArrayList<>();
            for (List<Factor> t : expanded) {
                if (star) {
                    out.add(t);
                }
            }
            if (star) {
                out.add(next);
            }
            for (List<Factor> t : expanded) {
                List<Factor> joined = new ArrayList<>(t);
                joined.addAll(next);
                out.add(joined);
            }
            expanded = out;
            skipSpace();
        }
        for (List<Factor> term : expanded) {
            String key = term.stream().map(Factor::text).sorted().toList().toString();
            if (minus) {
                sum.terms.remove(key);
                if (term.size() == 1 && term.get(0).kind() == Factor.Kind.COLUMN) {
                    sum.removed.add(term.get(0).column());
                }
            } else {
                sum.terms.putIfAbsent(key, term);
            }
        }
    }

    private List<Factor> factorGroup() {
        skipSpace();
        if (peek('(')) {
            int start = pos;
            pos++;
            Sum inner = sum();
            expect(')');
            if (inner.terms.size() != 1 || inner.allOthers || !inner.intercept) {
                throw error("parentheses may only group a single term here", start);
            }
            return inner.terms().get(0);
        }
        return List.of(factor());
    }

    private Factor factor() {
        skipSpace();
        int start = pos;
        String name = name("a column name or function");
        skipSpace();
        if (!peek('(')) {
            return new Factor(Factor.Kind.COLUMN, name, 1, null, name);
        }
        pos++;
        Factor f = switch (name) {
            case "C" -> categorical();
            case "log" -> new Factor(Factor.Kind.LOG, argument(), 1, null, null);
            case "exp" -> new Factor(Factor.Kind.EXP, argument(), 1, null, null);
            case "sqrt" -> new Factor(Factor.Kind.SQRT, argument(), 1, null, null);
            case "I" -> power();
            case "poly" -> poly();
            default -> throw error("unknown function '" + name + "'; known: C, log, exp, sqrt, I, poly", start);
        };
        expect(')');
        return new Factor(f.kind(), f.column(), f.degree(), f.reference(), text.substring(start, pos).trim());
    }

    private String argument() {
        skipSpace();
        return name("a column name");
    }

    private Factor categorical() {
        String column = argument();
        String reference = null;
        skipSpace();
        if (peek(',')) {
            pos++;
            skipSpace();
            if (!text.startsWith("ref", pos)) {
                throw error("expected ref='level'");
            }
            pos += 3;
            expect('=');
            reference = quoted();
        }
        return new Factor(Factor.Kind.CATEGORICAL, column, 1, reference, null);
    }

    private Factor power() {
        String column = argument();
        skipSpace();
        if (text.startsWith("**", pos)) {
            pos += 2;
        } else if (peek('^')) {
            pos++;
        } else {
            throw error("I(...) supports a power of a column: I(x^2) or I(x**2)");
        }
        return new Factor(Factor.Kind.POWER, column, integer(), null, null);
    }

    private Factor poly() {
        String column = argument();
        expect(',');
        return new Factor(Factor.Kind.POLY, column, integer(), null, null);
    }

    private int integer() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a whole number");
        }
        int v = Integer.parseInt(text.substring(start, pos));
        if (v < 1 || v > 20) {
            throw error("degree must be between 1 and 20, got " + v, start);
        }
        return v;
    }

    private String quoted() {
        skipSpace();
        if (!peek('\'') && !peek('"')) {
            throw error("expected a quoted level");
        }
        char q = text.charAt(pos++);
        int start = pos;
        int end = text.indexOf(q, pos);
        if (end < 0) {
            throw error("quote is never closed", start - 1);
        }
        pos = end + 1;
        return text.substring(start, end);
    }

    private String name(String what) {
        skipSpace();
        if (peek('`')) {
            int start = pos;
            int end = text.indexOf('`', pos + 1);
            if (end < 0) {
                throw error("backquote is never closed", start);
            }
            pos = end + 1;
            return text.substring(start + 1, end);
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || (text.charAt(pos) == '.' && pos > start))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected " + what);
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private FormulaException error(String message) {
        return error(message, pos);
    }

    private FormulaException error(String message, int at) {
        return new FormulaException(message + " at position " + (at + 1) + " in '" + text + "'");
    }
}
