package dev.lathe.frame.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Parses one chunk of CSV records into per-column cells, with FastCSV doing the tokenising. */
final class ChunkParser {

    /** The cells of one chunk, column by column, and the line each record started on. */
    record Result(ChunkColumn[] columns, int rows, long[] recordLines) {
    }

    private final String source;
    private final char delimiter;
    private final char quote;
    private final String[] names;
    private final MissingTokens missing;

    ChunkParser(String source, char delimiter, char quote, String[] names, MissingTokens missing) {
        this.source = source;
        this.delimiter = delimiter;
        this.quote = quote;
        this.names = names;
        this.missing = missing;
    }

    /**
     * Parses {@code chunk}; columns whose {@code textColumns} entry is set are kept as text, the others as
     * numbers ({@code forcedNumeric} ones report bad cells instead of turning to text). A numeric column that
     * meets text makes the chunk parse again with that column as text.
     */
    Result parse(Chunk chunk, boolean[] textColumns, boolean[] forcedNumeric) {
        char[] chars = decode(chunk);
        boolean[] asText = textColumns.clone();
        while (true) {
            try {
                return parseOnce(chars, chunk.firstLine(), asText, forcedNumeric);
            } catch (ChunkColumn.NotNumeric e) {
                asText[e.column] = true;
            }
        }
    }

    private Result parseOnce(char[] chars, long firstLine, boolean[] asText, boolean[] forcedNumeric) {
        ChunkColumn[] columns = new ChunkColumn[names.length];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = asText[c] ? new ChunkColumn.Texts() : new ChunkColumn.Numbers(c, forcedNumeric[c]);
        }
        Handler handler = new Handler(columns, firstLine);
        CsvReader<Boolean> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quote)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .detectBomHeader(false)
                .build(handler, new CharArrayReader(chars));
        try (reader) {
            for (Boolean ignored : reader) {
                // the handler stores every field as it is read
            }
        } catch (CsvParseException e) {
            if (e.getCause() instanceof CsvFormatException f) {
                throw f;
            }
            if (e.getCause() instanceof ChunkColumn.NotNumeric n) {
                throw n;
            }
            throw new CsvFormatException(source, handler.recordLine, "malformed CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(columns, handler.rows, Arrays.copyOf(handler.lines, handler.rows));
    }

    private char[] decode(Chunk chunk) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(chunk.bytes(), 0, chunk.length());
        CharBuffer out = CharBuffer.allocate(chunk.length());
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = chunk.firstLine();
            for (int i = 0; i < at; i++) {
                if (chunk.bytes()[i] == '\n') {
                    line++;
                }
            }
            throw new CsvFormatException(source, line, String.format(
                    "invalid UTF-8 byte 0x%02x at byte offset %d; save the file as UTF-8",
                    chunk.bytes()[at] & 0xff, chunk.byteOffset() + at));
        }
        decoder.flush(out);
        return out.position() == out.capacity() ? out.array() : Arrays.copyOf(out.array(), out.position());
    }

    /** Receives FastCSV's fields and routes them to the column cells. */
    private final class Handler extends AbstractBaseCsvCallbackHandler<Boolean> {
        private final ChunkColumn[] columns;
        private final long firstLine;
        long[] lines = new long[1024];
        int rows;
        long recordLine;

        Handler(ChunkColumn[] columns, long firstLine) {
            this.columns = columns;
            this.firstLine = firstLine;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            recordLine = firstLine + startingLineNumber - 1;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (fieldIdx < columns.length) {
                boolean isMissing = quoted ? len == 0 : missing.matches(buf, offset, len);
                columns[fieldIdx].add(buf, offset, len, isMissing);
            }
        }

        @Override
        protected Boolean buildRecord() {
            if (getRecordType() == RecordType.EMPTY) {
                return Boolean.FALSE;
            }
            int fields = getFieldCount();
            if (fields != columns.length) {
                throw new CsvFormatException(source, recordLine,
                        "expected " + columns.length + " fields, found " + fields);
            }
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, rows * 2);
            }
            lines[rows++] = recordLine;
            return Boolean.TRUE;
        }
    }
}
