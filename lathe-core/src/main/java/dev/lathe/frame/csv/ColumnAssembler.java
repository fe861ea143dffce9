package dev.lathe.frame.csv;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins one column's chunks into a typed {@link Column}, deciding the type from the whole file. */
final class ColumnAssembler {

    private final String source;
    private final List<ChunkParser.Result> chunks;
    private final int rows;

    ColumnAssembler(String source, List<ChunkParser.Result> chunks) {
        this.source = source;
        this.chunks = chunks;
        int n = 0;
        for (ChunkParser.Result r : chunks) {
            n += r.rows();
        }
        this.rows = n;
    }

    int rows() {
        return rows;
    }

    /** Whether column {@code c} came out numeric in some chunks and text in others. */
    boolean mixed(int c) {
        boolean numbers = false;
        boolean texts = false;
        for (ChunkParser.Result r : chunks) {
            if (r.columns()[c] instanceof ChunkColumn.Numbers) {
                numbers = true;
            } else {
                texts = true;
            }
        }
        return numbers && texts;
    }

    /**
     * The column, of type {@code forced} when given, else inferred: numbers stay numeric; texts that are
     * all booleans or all timestamps become those; other texts are categorical when distinct / present is
     * at most {@code categoricalRatio}, else text.
     */
    Column assemble(int c, String name, ColumnType forced, double categoricalRatio) {
        if (chunks.isEmpty() || chunks.get(0).columns()[c] instanceof ChunkColumn.Numbers) {
            return numeric(c, name);
        }
        Dictionary dict = dictionary(c);
        ColumnType type = forced != null ? forced : inferTextType(dict, categoricalRatio);
        return switch (type) {
            case BOOLEAN -> booleans(c, name, dict);
            case TIMESTAMP -> timestamps(c, name, dict);
            case CATEGORICAL -> CategoricalColumn.wrap(name, dict.codes, dict.levels);
            case TEXT -> {
                String[] values = new String[rows];
                for (int i = 0; i < rows; i++) {
                    values[i] = dict.codes[i] < 0 ? null : dict.levels.get(dict.codes[i]);
                }
                yield TextColumn.wrap(name, values);
            }
            case NUMERIC -> throw new IllegalStateException("forced numeric column parsed as text");
        };
    }

    private NumericColumn numeric(int c, String name) {
        double[] values = new double[rows];
        int at = 0;
        for (ChunkParser.Result r : chunks) {
            ChunkColumn.Numbers numbers = (ChunkColumn.Numbers) r.columns()[c];
            if (numbers.badRow >= 0) {
                throw cellError(r.recordLines()[numbers.badRow], name, numbers.badValue, ColumnType.NUMERIC);
            }
            System.arraycopy(numbers.values, 0, values, at, r.rows());
            at += r.rows();
        }
        return NumericColumn.wrap(name, values);
    }

    private static ColumnType inferTextType(Dictionary dict, double categoricalRatio) {
        if (dict.levels.isEmpty()) {
            return ColumnType.CATEGORICAL;
        }
        if (dict.levels.stream().allMatch(s -> CellParsers.parseBoolean(s, false) >= 0)) {
            return ColumnType.BOOLEAN;
        }
        if (dict.levels.stream().allMatch(s -> CellParsers.parseTimestamp(s) != Long.MIN_VALUE)) {
            return ColumnType.TIMESTAMP;
        }
        return dict.levels.size() <= categoricalRatio * dict.present ? ColumnType.CATEGORICAL : ColumnType.TEXT;
    }

    private BooleanColumn booleans(int c, String name, Dictionary dict) {
        byte[] byLevel = new byte[dict.levels.size()];
        for (int k = 0; k < byLevel.length; k++) {
            int b = CellParsers.parseBoolean(dict.levels.get(k), true);
            if (b < 0) {
                throw cellError(lineOfLevel(dict, k), name, dict.levels.get(k), ColumnType.BOOLEAN);
            }
            byLevel[k] = (byte) b;
        }
        byte[] values = new byte[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = dict.codes[i] < 0 ? BooleanColumn.MISSING : byLevel[dict.codes[i]];
        }
        return BooleanColumn.wrap(name, values);
    }

    private TimestampColumn timestamps(int c, String name, Dictionary dict) {
        long[] byLevel = new long[dict.levels.size()];
        for (int k = 0; k < byLevel.length; k++) {
            byLevel[k] = CellParsers.parseTimestamp(dict.levels.get(k));
            if (byLevel[k] == Long.MIN_VALUE) {
                throw cellError(lineOfLevel(dict, k), name, dict.levels.get(k), ColumnType.TIMESTAMP);
            }
        }
        long[] values = new long[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = dict.codes[i] < 0 ? TimestampColumn.MISSING : byLevel[dict.codes[i]];
        }
        return TimestampColumn.wrap(name, values);
    }

    private CsvFormatException cellError(long line, String column, String value, ColumnType expected) {
        return new CsvFormatException(source, line,
                "column '" + column + "': cannot read '" + value + "' as " + expected.label());
    }

    private long lineOfLevel(Dictionary dict, int level) {
        int row = 0;
        while (dict.codes[row] != level) {
            row++;
        }
        for (ChunkParser.Result r : chunks) {
            if (row < r.rows()) {
                return r.recordLines()[row];
            }
            row -= r.rows();
        }
        return 0;
    }

    /** All chunks' texts of one column under one dictionary, levels in order of first appearance. */
    private static final class Dictionary {
        final List<String> levels = new ArrayList<>();
        int[] codes;
        int present;
    }

    private Dictionary dictionary(int c) {
        Dictionary dict = new Dictionary();
        dict.codes = new int[rows];
        Map<String, Integer> index = new HashMap<>();
        int at = 0;
        for (ChunkParser.Result r : chunks) {
            ChunkColumn.Texts texts = (ChunkColumn.Texts) r.columns()[c];
            int[] remap = new int[texts.levels.size()];
            for (int k = 0; k < remap.length; k++) {
                remap[k] = index.computeIfAbsent(texts.levels.get(k), s -> {
                    dict.levels.add(s);
                    return dict.levels.size() - 1;
                });
            }
            for (int i = 0; i < r.rows(); i++) {
                int code = texts.codes[i];
                dict.codes[at + i] = code < 0 ? -1 : remap[code];
                if (code >= 0) {
                    dict.present++;
                }
            }
            at += r.rows();
        }
        return dict;
    }
}
