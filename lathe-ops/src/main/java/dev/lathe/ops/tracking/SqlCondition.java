package dev.lathe.ops.tracking;

import java.util.List;

/**
 * A piece of SQL with {@code ?} placeholders and the values to bind to them, in order. Values are never
 * written into the SQL text.
 *
 * @param sql the SQL
 * @param args the values for its placeholders
 */
public record SqlCondition(String sql, List<Object> args) {

    /** Copies the argument list so the condition stays immutable. */
    public SqlCondition {
        args = List.copyOf(args);
    }
}
