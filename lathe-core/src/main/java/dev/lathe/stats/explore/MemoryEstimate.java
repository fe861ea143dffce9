package dev.lathe.stats.explore;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;

/**
 * An estimate of the heap a frame's values take: 8 bytes per numeric or timestamp value, 4 per categorical
 * code plus its level strings, 1 per boolean, and for text a reference per row plus each present string
 * (about 40 bytes of object headers and length plus one byte per character). Shared strings are counted
 * once per row, and row views as if copied, so the estimate errs high.
 */
final class MemoryEstimate {

    private static final long STRING_OVERHEAD = 40;

    private MemoryEstimate() {
    }

    /** Estimated bytes of {@code frame}'s values. */
    static long of(Frame frame) {
        long bytes = 0;
        for (Column c : frame.columns()) {
            bytes += of(c);
        }
        return bytes;
    }

    private static long of(Column c) {
        long rows = c.size();
        if (c instanceof CategoricalColumn k) {
            long levels = 0;
            for (String level : k.levels()) {
                levels += STRING_OVERHEAD + level.length();
            }
            return 4 * rows + levels;
        }
        if (c instanceof BooleanColumn) {
            return rows;
        }
        if (c instanceof TextColumn t) {
            long bytes = 8 * rows;
            for (int i = 0; i < t.size(); i++) {
                String s = t.get(i);
                bytes += s == null ? 0 : STRING_OVERHEAD + s.length();
            }
            return bytes;
        }
        return 8 * rows;
    }
}
