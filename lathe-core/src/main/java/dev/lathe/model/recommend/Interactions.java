package dev.lathe.model.recommend;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import java.util.Arrays;

/**
 * User-item interactions, one per row: who, what, how much (a rating for explicit feedback, a count or
 * weight for implicit feedback; 1 when the data has no such column) and when (for temporal splits;
 * row order when the data has no time). Users and items are numbered by {@link IdIndex} in order of first
 * appearance. Immutable.
 */
public final class Interactions {

    private final IdIndex users;
    private final IdIndex items;
    private final int[] user;
    private final int[] item;
    private final double[] value;
    private final double[] time;

    private Interactions(IdIndex users, IdIndex items, int[] user, int[] item, double[] value, double[] time) {
        this.users = users;
        this.items = items;
        this.user = user;
        this.item = item;
        this.value = value;
        this.time = time;
    }

    /**
     * Interactions from {@code frame}: user and item ids are the cells of columns {@code userColumn} and
     * {@code itemColumn} as written (any column type); {@code valueColumn} (numeric, finite) and
     * {@code timeColumn} (numeric or timestamp) may be null.
     *
     * @throws IllegalArgumentException when the frame is empty, a column is unknown or of the wrong type, or a
     *                                  cell is missing or not finite; the message names column and row
     */
    public static Interactions from(Frame frame, String userColumn, String itemColumn, String valueColumn,
                                    String timeColumn) {
        int n = frame.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("no interactions: the data has no rows");
        }
        String[] userIds = ids(frame.column(userColumn));
        String[] itemIds = ids(frame.column(itemColumn));
        double[] value = new double[n];
        if (valueColumn == null) {
            Arrays.fill(value, 1);
        } else {
            value = numbers(frame.column(valueColumn), "a numeric rating, count or weight");
        }
        double[] time = timeColumn == null ? null : times(frame.column(timeColumn));
        return of(userIds, itemIds, value, time);
    }

    /**
     * Interactions from parallel arrays (one entry per interaction).
     *
     * @param users  user ids, none null
     * @param items  item ids, none null
     * @param values finite values, or null for all 1
     * @param times  finite times, or null to use the order of the arrays
     */
    public static Interactions of(String[] users, String[] items, double[] values, double[] times) {
        int n = users.length;
        if (n == 0) {
            throw new IllegalArgumentException("no interactions: the data has no rows");
        }
        if (items.length != n || (values != null && values.length != n) || (times != null && times.length != n)) {
            throw new IllegalArgumentException("users, items, values and times must have the same length, got "
                    + n + ", " + items.length + ", " + (values == null ? "-" : values.length) + ", "
                    + (times == null ? "-" : times.length));
        }
        IdIndex.Builder u = new IdIndex.Builder();
        IdIndex.Builder it = new IdIndex.Builder();
        int[] user = new int[n];
        int[] item = new int[n];
        for (int r = 0; r < n; r++) {
            if (users[r] == null || items[r] == null) {
                throw new IllegalArgumentException("interaction " + (r + 1) + " has no " + (users[r] == null
                        ? "user" : "item"));
            }
            user[r] = u.indexOf(users[r]);
            item[r] = it.indexOf(items[r]);
        }
        double[] value = values == null ? filled(n, 1) : values.clone();
        double[] time = times == null ? order(n) : times.clone();
        for (int r = 0; r < n; r++) {
            if (!Double.isFinite(value[r]) || !Double.isFinite(time[r])) {
                throw new IllegalArgumentException("interaction " + (r + 1) + " has " + (Double.isFinite(value[r])
                        ? "time " + time[r] : "value " + value[r]) + "; expected a finite number");
            }
        }
        return new Interactions(u.build(), it.build(), user, item, value, time);
    }

    private static String[] ids(Column c) {
        String[] out = new String[c.size()];
        for (int r = 0; r < out.length; r++) {
            if (c.isMissing(r)) {
                throw new IllegalArgumentException("column '" + c.name() + "' has a missing id in row " + (r + 1));
            }
            out[r] = c.format(r);
        }
        return out;
    }

    private static double[] numbers(Column c, String expected) {
        if (!(c instanceof NumericColumn num)) {
            throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type().label() + "; expected "
                    + expected);
        }
        double[] out = new double[c.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = num.get(r);
            if (!Double.isFinite(out[r])) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + (Double.isNaN(out[r])
                        ? "a missing value" : "the value " + out[r]) + " in row " + (r + 1) + "; expected " + expected);
            }
        }
        return out;
    }

    private static double[] times(Column c) {
        if (c instanceof TimestampColumn ts) {
            double[] out = new double[c.size()];
            for (int r = 0; r < out.length; r++) {
                if (ts.isMissing(r)) {
                    throw new IllegalArgumentException("column '" + c.name() + "' has a missing time in row " + (r + 1));
                }
                out[r] = ts.epochMillis(r);
            }
            return out;
        }
        return numbers(c, "a numeric or timestamp time");
    }

    private static double[] filled(int n, double v) {
        double[] out = new double[n];
        Arrays.fill(out, v);
        return out;
    }

    private static double[] order(int n) {
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = r;
        }
        return out;
    }

    /** The rows {@code rows} of these interactions, with users and items renumbered in their order. */
    public Interactions take(int[] rows) {
        String[] u = new String[rows.length];
        String[] it = new String[rows.length];
        double[] v = new double[rows.length];
        double[] t = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            u[k] = users.id(user[rows[k]]);
            it[k] = items.id(item[rows[k]]);
            v[k] = value[rows[k]];
            t[k] = time[rows[k]];
        }
        return of(u, it, v, t);
    }

    /** Number of interactions. */
    public int size() {
        return user.length;
    }

    /** The users, numbered. */
    public IdIndex users() {
        return users;
    }

    /** The items, numbered. */
    public IdIndex items() {
        return items;
    }

    /** User number of interaction {@code r}. */
    public int user(int r) {
        return user[r];
    }

    /** Item number of interaction {@code r}. */
    public int item(int r) {
        return item[r];
    }

    /** Value of interaction {@code r} (1 when the data had none). */
    public double value(int r) {
        return value[r];
    }

    /** Time of interaction {@code r} (its position when the data had none). */
    public double time(int r) {
        return time[r];
    }

    /** The user-by-item matrix of values; repeated (user, item) pairs are summed. */
    public SparseRows byUser() {
        return SparseRows.of(users.size(), items.size(), user, item, value);
    }

    /**
     * Fails when any value is negative (implicit feedback takes counts or weights, which set confidence).
     *
     * @param model the model's name, for the message
     */
    void requireNonNegative(String model) {
        for (int r = 0; r < value.length; r++) {
            if (value[r] < 0) {
                throw new IllegalArgumentException(model + " takes implicit feedback (counts or weights >= 0), but "
                        + "interaction " + (r + 1) + " (user '" + users.id(user[r]) + "', item '" + items.id(item[r])
                        + "') has value " + value[r]);
            }
        }
    }

    /**
     * Fails when a (user, item) pair occurs twice (a rating model needs one rating per pair).
     *
     * @param model the model's name, for the message
     */
    void requireDistinctPairs(String model) {
        java.util.Map<Long, Integer> first = new java.util.HashMap<>();
        for (int r = 0; r < user.length; r++) {
            Integer before = first.putIfAbsent(((long) user[r] << 32) | item[r], r);
            if (before != null) {
                throw new IllegalArgumentException(model + " takes one rating per user and item, but user '"
                        + users.id(user[r]) + "' rated item '" + items.id(item[r]) + "' in interactions "
                        + (before + 1) + " and " + (r + 1));
            }
        }
    }
}
