package dev.lathe.frame.csv;

import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Frame} as comma-separated UTF-8 with a header row: missing values as empty cells,
 * numbers in the shortest form that reads back to the same double (see {@link Column#format}), timestamps in ISO-8601, and quotes
 * only where a cell needs them (or where a text would otherwise read back as missing).
 * {@link CsvReader} reads the file back to equal values and types.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes {@code frame} to {@code path} through a temporary file that is moved into place at the end. */
    public static void write(Frame frame, Path path) throws IOException {
        AtomicFiles.write(path, out -> write(frame, out));
    }

    /** Writes {@code frame} to {@code out} (not closed). */
    public static void write(Frame frame, OutputStream out) throws IOException {
        int columns = frame.columnCount();
        writeCells(frame.names(), () -> new Iterator<>() {
            private int row;

            @Override
            public boolean hasNext() {
                return row < frame.rowCount();
            }

            @Override
            public String[] next() {
                String[] cells = new String[columns];
                for (int c = 0; c < columns; c++) {
                    Column column = frame.column(c);
                    cells[c] = column.isMissing(row) ? null : column.format(row);
                }
                row++;
                return cells;
            }
        }, out);
    }

    /**
     * Writes a header and rows of cells to {@code out} (not closed) so that {@link CsvReader} reads every cell
     * back as it was: a null cell is written empty (missing), a cell that reads as a missing token (say
     * {@code NA}) is quoted so that it stays text.
     */
    public static void writeCells(List<String> header, Iterable<String[]> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Set<String> tokens = CsvOptions.DEFAULT_MISSING;
        var csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .quoteStrategy(new QuoteStrategy() {
                    @Override
                    public boolean quoteValue(int row, int field, String value) {
                        return !value.isEmpty() && tokens.contains(value);
                    }
                })
                .build(writer);
        csv.writeRecord(header);
        String[] written = new String[header.size()];
        for (String[] cells : rows) {
            for (int c = 0; c < written.length; c++) {
                written[c] = cells[c] == null ? "" : cells[c];
            }
            csv.writeRecord(written);
        }
        csv.flush();
        writer.flush();
    }
}
