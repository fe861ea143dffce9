package dev.lathe.frame.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one column within one chunk of a CSV file, kept either as numbers or as codes into the
 * chunk's own dictionary of distinct texts (merged across chunks later).
 */
abstract sealed class ChunkColumn {

    /** Signals that a numeric column met a cell that is not a number, so the chunk must be re-read as text. */
    static final class NotNumeric extends RuntimeException {
        final int column;

        NotNumeric(int column) {
            super(null, null, false, false);
            this.column = column;
        }
    }

    int size;

    abstract void add(char[] buf, int off, int len, boolean missing);

    /** Numbers; NaN = missing. */
    static final class Numbers extends ChunkColumn {
        private final int column;
        private final boolean forced;
        double[] values = new double[1024];
        /** Text of the first cell that failed when the type was forced, and its row in the chunk. */
        String badValue;
        int badRow = -1;

        Numbers(int column, boolean forced) {
            this.column = column;
            this.forced = forced;
        }

        @Override
        void add(char[] buf, int off, int len, boolean missing) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            double v = missing ? Double.NaN : CellParsers.parseNumber(buf, off, len);
            if (Double.isNaN(v) && !missing) {
                if (!forced) {
                    throw new NotNumeric(column);
                }
                if (badRow < 0) {
                    badRow = size;
                    badValue = new String(buf, off, len);
                }
            }
            values[size++] = v;
        }
    }

    /** Codes into a dictionary of distinct texts; -1 = missing. */
    static final class Texts extends ChunkColumn {
        int[] codes = new int[1024];
        final List<String> levels = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        @Override
        void add(char[] buf, int off, int len, boolean missing) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            if (missing) {
                codes[size++] = -1;
                return;
            }
            String s = new String(buf, off, len);
            Integer code = index.get(s);
            if (code == null) {
                code = levels.size();
                index.put(s, code);
                levels.add(s);
            }
            codes[size++] = code;
        }
    }
}
