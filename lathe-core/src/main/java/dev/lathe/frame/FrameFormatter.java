package dev.lathe.frame;

import java.util.ArrayList;
import java.util.List;

/** Renders the head of a frame as an aligned text table. */
final class FrameFormatter {

    private static final int MAX_WIDTH = 24;

    private FrameFormatter() {
    }

    static String format(Frame frame, int maxRows) {
        int shown = Math.min(Math.max(maxRows, 0), frame.rowCount());
        List<String[]> cells = new ArrayList<>();
        int cols = frame.columnCount();
        String[] names = new String[cols];
        String[] types = new String[cols];
        for (int c = 0; c < cols; c++) {
            names[c] = frame.column(c).name();
            types[c] = "<" + frame.column(c).type().label() + ">";
        }
        cells.add(names);
        cells.add(types);
        for (int r = 0; r < shown; r++) {
            String[] row = new String[cols];
            for (int c = 0; c < cols; c++) {
                row[c] = frame.column(c).format(r);
            }
            cells.add(row);
        }
        int[] widths = new int[cols];
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                row[c] = clip(row[c]);
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Frame: ").append(frame.rowCount()).append(" rows x ").append(cols).append(" columns\n");
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    sb.append("  ");
                }
                sb.append(" ".repeat(widths[c] - row[c].length())).append(row[c]);
            }
            sb.append('\n');
        }
        if (shown < frame.rowCount()) {
            sb.append("... ").append(frame.rowCount() - shown).append(" more rows\n");
        }
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= MAX_WIDTH ? s : s.substring(0, MAX_WIDTH - 3) + "...";
    }
}
