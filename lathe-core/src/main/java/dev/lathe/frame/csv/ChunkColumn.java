package dev.lathe.frame.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * Codes into a dictionary of distinct texts; -1 = missing. Looks cells up by their characters in an
     * open-addressing table, so a repeated value costs no new string.
     */
    static final class Texts extends ChunkColumn {
        int[] codes = new int[1024];
        final List<String> levels = new ArrayList<>();
        private int[] slots = filled(64);

        @Override
        void add(char[] buf, int off, int len, boolean missing) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = missing ? -1 : codeOf(buf, off, len);
        }

        private int codeOf(char[] buf, int off, int len) {
            int h = 0;
            for (int k = 0; k < len; k++) {
                h = 31 * h + buf[off + k];
            }
            int mask = slots.length - 1;
            for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
                int code = slots[slot];
                if (code < 0) {
                    code = levels.size();
                    levels.add(new String(buf, off, len));
                    slots[slot] = code;
                    if (levels.size() * 2 > slots.length) {
                        rehash();
                    }
                    return code;
                }
                if (sameText(levels.get(code), buf, off, len)) {
                    return code;
                }
            }
        }

        private void rehash() {
            slots = filled(slots.length * 2);
            int mask = slots.length - 1;
            for (int code = 0; code < levels.size(); code++) {
                int slot = mix(levels.get(code).hashCode()) & mask;
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = code;
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        private static boolean sameText(String level, char[] buf, int off, int len) {
            if (level.length() != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (level.charAt(k) != buf[off + k]) {
                    return false;
                }
            }
            return true;
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }
    }
}
