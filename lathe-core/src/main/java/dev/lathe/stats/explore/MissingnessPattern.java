package dev.lathe.stats.explore;

import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where values are missing, row bands by column: rows are cut into at most {@value #MAX_BANDS} consecutive,
 * nearly equal bands (band {@code b} of {@code B} holds rows {@code floor(b rows / B)} up to, not including,
 * {@code floor((b + 1) rows / B)}), and each band gets the share of its rows that are missing. This keeps
 * the pattern (missing blocks, columns missing together) readable and small for millions of rows.
 *
 * @param columns      the columns, in frame order
 * @param rows         rows of the frame
 * @param bandShares   per column, the missing share of each band
 * @param columnShares per column, the missing share of all rows
 */
public record MissingnessPattern(List<String> columns, int rows, double[][] bandShares, double[] columnShares) {

    /** Most row bands. */
    public static final int MAX_BANDS = 150;

    /** Copies the list and the arrays. */
    public MissingnessPattern {
        columns = List.copyOf(columns);
        bandShares = Matrices.copy(bandShares);
        columnShares = columnShares.clone();
    }

    /** The band shares (a copy). */
    @Override
    public double[][] bandShares() {
        return Matrices.copy(bandShares);
    }

    /** The column shares (a copy). */
    @Override
    public double[] columnShares() {
        return columnShares.clone();
    }

    /** The pattern of {@code frame}, its columns read in parallel. */
    public static MissingnessPattern of(Frame frame) {
        int rows = frame.rowCount();
        int bands = Math.max(1, Math.min(rows, MAX_BANDS));
        double[][] shares = new double[frame.columnCount()][bands];
        double[] total = new double[frame.columnCount()];
        Chunks.run(frame.columnCount(), c -> {
            var column = frame.column(c);
            long all = 0;
            for (int b = 0; b < bands && rows > 0; b++) {
                int from = (int) ((long) b * rows / bands);
                int to = (int) ((long) (b + 1) * rows / bands);
                int missing = 0;
                for (int r = from; r < to; r++) {
                    missing += column.isMissing(r) ? 1 : 0;
                }
                shares[c][b] = missing / (double) (to - from);
                all += missing;
            }
            total[c] = rows == 0 ? 0 : all / (double) rows;
        });
        return new MissingnessPattern(frame.names(), rows, shares, total);
    }

    /** As a JSON-able map: columns, rows, bands, band_shares, column_shares. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("columns", columns);
        m.put("rows", rows);
        m.put("bands", bandShares.length == 0 ? 0 : bandShares[0].length);
        m.put("band_shares", JsonValues.finite(bandShares));
        m.put("column_shares", JsonValues.finite(columnShares));
        return m;
    }
}
