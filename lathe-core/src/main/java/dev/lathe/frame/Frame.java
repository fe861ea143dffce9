package dev.lathe.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * An immutable table of named, typed columns of equal length. Operations return new frames; row
 * subsets ({@link #take}, {@link #filter}, {@link #head}, {@link #sortBy}) are index views that share
 * the column storage.
 */
public final class Frame {

    private final List<Column> columns;
    private final Map<String, Integer> positions;
    private final int rows;

    private Frame(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.positions = new LinkedHashMap<>();
        int n = -1;
        for (Column c : this.columns) {
            if (positions.put(c.name(), positions.size()) != null) {
                throw new IllegalArgumentException("duplicate column name '" + c.name() + "'");
            }
            if (n >= 0 && c.size() != n) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size()
                        + " rows but column '" + this.columns.get(0).name() + "' has " + n);
            }
            n = c.size();
        }
        this.rows = Math.max(n, 0);
    }

    /** A frame of the given columns, which must have unique names and equal lengths. */
    public static Frame of(Column... columns) {
        return new Frame(Arrays.asList(columns));
    }

    /** A frame of the given columns, which must have unique names and equal lengths. */
    public static Frame of(List<? extends Column> columns) {
        return new Frame(new ArrayList<>(columns));
    }

    /** Number of rows. */
    public int rowCount() {
        return rows;
    }

    /** Number of columns. */
    public int columnCount() {
        return columns.size();
    }

    /** Column names in order. */
    public List<String> names() {
        return List.copyOf(positions.keySet());
    }

    /** The columns in order. */
    public List<Column> columns() {
        return columns;
    }

    /** Whether a column of that name exists. */
    public boolean has(String name) {
        return positions.containsKey(name);
    }

    /** The column called {@code name}; {@link UnknownColumnException} (listing close names) if absent. */
    public Column column(String name) {
        Integer p = positions.get(name);
        if (p == null) {
            throw new UnknownColumnException(name, names());
        }
        return columns.get(p);
    }

    /** The column at position {@code index}. */
    public Column column(int index) {
        return columns.get(index);
    }

    /** The numeric column called {@code name}; a clear error if it has another type. */
    public NumericColumn numeric(String name) {
        return typed(name, NumericColumn.class, ColumnType.NUMERIC);
    }

    /** The categorical column called {@code name}. */
    public CategoricalColumn categorical(String name) {
        return typed(name, CategoricalColumn.class, ColumnType.CATEGORICAL);
    }

    /** The text column called {@code name}. */
    public TextColumn text(String name) {
        return typed(name, TextColumn.class, ColumnType.TEXT);
    }

    /** The timestamp column called {@code name}. */
    public TimestampColumn timestamp(String name) {
        return typed(name, TimestampColumn.class, ColumnType.TIMESTAMP);
    }

    /** The boolean column called {@code name}. */
    public BooleanColumn bool(String name) {
        return typed(name, BooleanColumn.class, ColumnType.BOOLEAN);
    }

    private <C extends Column> C typed(String name, Class<C> kind, ColumnType expected) {
        Column c = column(name);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("column '" + name + "' is " + c.type().label() + ", expected "
                    + expected.label());
        }
        return kind.cast(c);
    }

    /** The names, types and levels of the columns. */
    public Schema schema() {
        return Schema.of(this);
    }

    /** Only the named columns, in the order given. */
    public Frame select(String... names) {
        return select(Arrays.asList(names));
    }

    /** Only the named columns, in the order given. */
    public Frame select(List<String> names) {
        return new Frame(names.stream().map(this::column).toList());
    }

    /** All columns but the named ones (each must exist). */
    public Frame drop(String... names) {
        Set<String> gone = new HashSet<>();
        for (String n : names) {
            column(n);
            gone.add(n);
        }
        return new Frame(columns.stream().filter(c -> !gone.contains(c.name())).toList());
    }

    /** The same frame with column {@code from} called {@code to}. */
    public Frame rename(String from, String to) {
        return rename(Map.of(from, to));
    }

    /** The same frame with columns renamed by {@code oldToNew} (each old name must exist). */
    public Frame rename(Map<String, String> oldToNew) {
        oldToNew.keySet().forEach(this::column);
        return new Frame(columns.stream()
                .map(c -> oldToNew.containsKey(c.name()) ? c.withName(oldToNew.get(c.name())) : c)
                .toList());
    }

    /** This frame with {@code column} added at the end, or replacing the column of the same name in place. */
    public Frame withColumn(Column column) {
        if (column.size() != rows && !columns.isEmpty()) {
            throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                    + " rows, the frame has " + rows);
        }
        List<Column> out = new ArrayList<>(columns);
        Integer p = positions.get(column.name());
        if (p == null) {
            out.add(column);
        } else {
            out.set(p, column);
        }
        return new Frame(out);
    }

    /** A view of the given rows in the given order (rows may repeat). */
    public Frame take(int[] rowIndex) {
        return new Frame(columns.stream().map(c -> c.take(rowIndex)).toList());
    }

    /** The rows for which {@code keep} is true. */
    public Frame filter(boolean[] keep) {
        if (keep.length != rows) {
            throw new IllegalArgumentException("mask has " + keep.length + " entries, the frame has " + rows + " rows");
        }
        return take(IntStream.range(0, rows).filter(i -> keep[i]).toArray());
    }

    /** The rows whose index satisfies {@code keep}. */
    public Frame filter(IntPredicate keep) {
        return take(IntStream.range(0, rows).filter(keep).toArray());
    }

    /** The rows where numeric column {@code name} is present and satisfies {@code keep}. */
    public Frame filter(String name, DoublePredicate keep) {
        NumericColumn c = numeric(name);
        return filter(i -> !c.isMissing(i) && keep.test(c.get(i)));
    }

    /** The first {@code n} rows (all rows if fewer). */
    public Frame head(int n) {
        return take(IntStream.range(0, Math.min(Math.max(n, 0), rows)).toArray());
    }

    /** The last {@code n} rows (all rows if fewer). */
    public Frame tail(int n) {
        return take(IntStream.range(Math.max(rows - Math.max(n, 0), 0), rows).toArray());
    }

    /** Rows sorted ascending by the named columns, the first deciding; stable; missing values last. */
    public Frame sortBy(String... names) {
        return sortBy(Arrays.stream(names).map(SortKey::ascending).toList());
    }

    /** Rows sorted by the given keys, the first deciding; stable; missing values last in either direction. */
    public Frame sortBy(List<SortKey> keys) {
        List<Column> keyColumns = keys.stream().map(k -> column(k.column())).toList();
        RowSort.RowComparator order = (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                Column c = keyColumns.get(k);
                boolean ma = c.isMissing(a);
                boolean mb = c.isMissing(b);
                int cmp = ma || mb ? Boolean.compare(ma, mb)
                        : keys.get(k).descending() ? c.compareRows(b, a) : c.compareRows(a, b);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
        return take(RowSort.stableOrder(rows, order));
    }

    /** One sort criterion: a column and a direction. */
    public record SortKey(String column, boolean descending) {
        /** Ascending by {@code column}. */
        public static SortKey ascending(String column) {
            return new SortKey(column, false);
        }

        /** Descending by {@code column}. */
        public static SortKey descending(String column) {
            return new SortKey(column, true);
        }
    }

    /** The rows of this frame followed by those of {@code other}, which must have the same names and types. */
    public Frame concat(Frame other) {
        return concat(List.of(this, other));
    }

    /** The rows of all frames in order; all must have the same column names and types in the same order. */
    public static Frame concat(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        Frame first = frames.get(0);
        List<Column> out = new ArrayList<>(first.columns);
        for (Frame f : frames.subList(1, frames.size())) {
            if (!f.names().equals(first.names())) {
                throw new IllegalArgumentException("cannot concatenate frames with columns " + first.names()
                        + " and " + f.names());
            }
            for (int c = 0; c < out.size(); c++) {
                Column next = f.columns.get(c);
                if (next.type() != out.get(c).type()) {
                    throw new IllegalArgumentException("cannot concatenate column '" + next.name() + "': "
                            + out.get(c).type().label() + " and " + next.type().label());
                }
                out.set(c, out.get(c).append(next));
            }
        }
        return new Frame(out);
    }

    /** Groups rows by the values of the named key columns. */
    public GroupBy groupBy(String... keys) {
        return new GroupBy(this, Arrays.asList(keys));
    }

    /**
     * The named numeric columns as a dense column-major matrix: {@code result[j][i]} is row i of the j-th
     * name. Missing values stay NaN.
     */
    public double[][] toColumnMajor(String... names) {
        double[][] out = new double[names.length][];
        for (int j = 0; j < names.length; j++) {
            out[j] = numeric(names[j]).toArray();
        }
        return out;
    }

    /** The first 10 rows as an aligned text table with a header of names and types. */
    @Override
    public String toString() {
        return FrameFormatter.format(this, 10);
    }

    /** The first {@code maxRows} rows as an aligned text table. */
    public String toString(int maxRows) {
        return FrameFormatter.format(this, maxRows);
    }

}
