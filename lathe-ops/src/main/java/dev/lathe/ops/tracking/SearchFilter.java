package dev.lathe.ops.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses an MLflow-style run filter into a parameterised SQL condition over {@code runs r}.
 *
 * <p>Grammar: {@code clause (AND clause)*}, where a clause is {@code KEY OP VALUE}. {@code KEY} is
 * {@code metrics.NAME}, {@code params.NAME}, {@code tags.NAME}, {@code attributes.NAME} or a bare attribute
 * ({@code status}, {@code run_name}, {@code run_id}, {@code user}, {@code start_time}, {@code end_time},
 * {@code source}, {@code git_commit}, {@code parent_run_id}); a name with other characters is quoted in
 * backticks or double quotes ({@code metrics.`f1 score`}). Metrics and times compare as numbers with
 * {@code = != < <= > >=}; parameters, tags and the other attributes as single-quoted strings with
 * {@code = != LIKE ILIKE}. Example: {@code metrics.rmse < 0.8 and params.max_depth = '8'}.
 */
public final class SearchFilter {

    private static final Set<String> NUMERIC_OPS = Set.of("=", "!=", "<", "<=", ">", ">=");
    private static final Set<String> STRING_OPS = Set.of("=", "!=", "LIKE", "ILIKE");

    private final String text;
    private int pos;

    private SearchFilter(String text) {
        this.text = text;
    }

    /**
     * Parses {@code filter} into SQL.
     *
     * @param filter the filter; null or blank matches every run
     * @return the condition ({@code 1 = 1} for an empty filter)
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static SqlCondition parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return new SqlCondition("1 = 1", List.of());
        }
        return new SearchFilter(filter).clauses();
    }

    /**
     * Parses one ordering clause, {@code KEY [ASC|DESC]} (default ascending), into an SQL ordering term; runs
     * lacking the key sort last.
     *
     * @param clause e.g. {@code metrics.rmse ASC} or {@code start_time DESC}
     * @return the ordering term
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static SqlCondition orderBy(String clause) {
        return new SearchFilter(clause).ordering();
    }

    private SqlCondition ordering() {
        SearchKey key = key();
        String direction = word("DESC") ? "DESC" : "ASC";
        if (direction.equals("ASC")) {
            word("ASC");
        }
        skipSpace();
        if (pos < text.length()) {
            throw error("expected ASC, DESC or the end of the ordering");
        }
        if (key.kind() == SearchKey.Kind.ATTRIBUTE) {
            return new SqlCondition(key.column() + " " + direction + " NULLS LAST", List.of());
        }
        return new SqlCondition("(SELECT x.value FROM " + key.table() + " x WHERE x.run_id = r.run_id AND x.key = ?) "
                + direction + " NULLS LAST", List.of(key.key()));
    }

    private SqlCondition clauses() {
        List<String> sql = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        do {
            SqlCondition c = clause();
            sql.add(c.sql());
            args.addAll(c.args());
            skipSpace();
        } while (pos < text.length() && word("AND"));
        if (pos < text.length()) {
            throw error("expected AND or the end of the filter");
        }
        return new SqlCondition(String.join(" AND ", sql), args);
    }

    private SqlCondition clause() {
        SearchKey key = key();
        String op = operator();
        if (!(key.numeric() ? NUMERIC_OPS : STRING_OPS).contains(op)) {
            throw error("operator " + op + " does not apply to " + key.kind().name().toLowerCase(Locale.ROOT) + " '"
                    + key.key() + "'; use one of " + (key.numeric() ? NUMERIC_OPS : STRING_OPS));
        }
        Object value = key.numeric() ? number() : string();
        String compare = op.equals("ILIKE") ? "LOWER(%s) LIKE LOWER(?)" : "%s " + op + " ?";
        if (key.kind() == SearchKey.Kind.ATTRIBUTE) {
            return new SqlCondition(String.format(Locale.ROOT, compare, key.column()), List.of(value));
        }
        return new SqlCondition("EXISTS (SELECT 1 FROM " + key.table() + " x WHERE x.run_id = r.run_id AND x.key = ? "
                + "AND " + String.format(Locale.ROOT, compare, "x.value") + ")", List.of(key.key(), value));
    }

    private SearchKey key() {
        skipSpace();
        String first = name(false);
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            return SearchKey.of(first, name(true));
        }
        return SearchKey.of(null, first);
    }

    private String name(boolean dots) {
        if (pos < text.length() && (text.charAt(pos) == '`' || text.charAt(pos) == '"')) {
            char quote = text.charAt(pos);
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error("unclosed " + quote);
            }
            String name = text.substring(pos + 1, end);
            pos = end + 1;
            return name;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-/".indexOf(text.charAt(pos)) >= 0
                || (dots && text.charAt(pos) == '.'))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name such as metrics.rmse, params.max_depth or status");
        }
        return text.substring(start, pos);
    }

    private String operator() {
        skipSpace();
        for (String op : List.of("!=", "<=", ">=", "=", "<", ">")) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        for (String op : List.of("ILIKE", "LIKE")) {
            if (word(op)) {
                return op;
            }
        }
        throw error("expected an operator (=, !=, <, <=, >, >=, LIKE, ILIKE)");
    }

    private double number() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a number");
        }
    }

    private String string() {
        skipSpace();
        if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
            throw error("expected a quoted string such as '8'");
        }
        char quote = text.charAt(pos);
        StringBuilder out = new StringBuilder();
        for (int i = pos + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    out.append(quote);
                    i++;
                } else {
                    pos = i + 1;
                    return out.toString();
                }
            } else {
                out.append(ch);
            }
        }
        throw error("unclosed string");
    }

    /** Consumes {@code w} (case-insensitive) when it stands as a whole word at the position. */
    private boolean word(String w) {
        skipSpace();
        int end = pos + w.length();
        if (text.regionMatches(true, pos, w, 0, w.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("search filter '" + text + "' at character " + (pos + 1) + ": "
                + expected);
    }
}
