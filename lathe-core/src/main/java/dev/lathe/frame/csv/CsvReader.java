package dev.lathe.frame.csv;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.parallel.Parallelism;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads CSV into a {@link Frame}: UTF-8 with or without BOM, plain or gzip, delimiter and quote
 * detected, types inferred from the whole file (see {@link CsvOptions}). The input is cut into chunks
 * at record boundaries and the chunks are parsed on all cores; the result does not depend on the
 * number of threads. Bad input raises {@link CsvFormatException} naming the line and, for cells, the
 * column and value.
 */
public final class CsvReader {

    private static final int CHUNK_BYTES = 4 << 20;
    private static final int SNIFF_BYTES = 64 << 10;

    private final InputSource source;
    private final CsvOptions options;
    private final int chunkBytes;

    CsvReader(InputSource source, CsvOptions options, int chunkBytes) {
        this.source = source;
        this.options = options;
        this.chunkBytes = chunkBytes;
    }

    /** Reads {@code path} with the default options. */
    public static Frame read(Path path) throws IOException {
        return read(path, CsvOptions.defaults());
    }

    /** Reads {@code path} (plain or gzip). */
    public static Frame read(Path path, CsvOptions options) throws IOException {
        return new CsvReader(InputSource.of(path), options, CHUNK_BYTES).read();
    }

    /** Reads CSV held in memory; {@code name} labels it in error messages. */
    public static Frame read(String name, byte[] content, CsvOptions options) {
        try {
            return new CsvReader(InputSource.of(name, content), options, CHUNK_BYTES).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads CSV text held in memory; {@code name} labels it in error messages. */
    public static Frame read(String name, String content, CsvOptions options) {
        return read(name, content.getBytes(StandardCharsets.UTF_8), options);
    }

    Frame read() throws IOException {
        Layout layout = readLayout();
        int columns = layout.names.length;
        boolean[] text = new boolean[columns];
        boolean[] forcedNumeric = new boolean[columns];
        Map<String, Integer> position = new HashMap<>();
        for (int c = 0; c < columns; c++) {
            position.put(layout.names[c], c);
        }
        for (Map.Entry<String, ColumnType> e : new java.util.TreeMap<>(options.types()).entrySet()) {
            Integer c = position.get(e.getKey());
            if (c == null) {
                throw new UnknownColumnException(e.getKey(), Arrays.asList(layout.names));
            }
            forcedNumeric[c] = e.getValue() == ColumnType.NUMERIC;
            text[c] = !forcedNumeric[c];
        }
        ColumnAssembler assembler = new ColumnAssembler(source.name(), parseChunks(layout, text, forcedNumeric));
        boolean again = false;
        for (int c = 0; c < columns; c++) {
            if (assembler.mixed(c)) {
                text[c] = true;
                again = true;
            }
        }
        if (again) {
            assembler = new ColumnAssembler(source.name(), parseChunks(layout, text, forcedNumeric));
        }
        if (assembler.rows() == 0) {
            throw new CsvFormatException(source.name(), 0,
                    options.header() ? "no data rows after the header" : "no data rows");
        }
        List<Column> out = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            String name = layout.names[c];
            out.add(assembler.assemble(c, name, options.types().get(name), options.categoricalRatio()));
        }
        return Frame.of(out);
    }

    /** Delimiter, quote and column names of the input, and where the data starts. */
    private record Layout(char delimiter, char quote, String[] names, int skipBytes, long firstDataLine) {
    }

    private Layout readLayout() throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        byte[] sample = Arrays.copyOfRange(head, bom, head.length);
        if (isBlank(sample)) {
            throw new CsvFormatException(source.name(), 0, "file is empty");
        }
        char delimiter = options.delimiter() != null ? options.delimiter()
                : FormatSniffer.delimiter(sample, sample.length);
        char quote = options.quote() != null ? options.quote()
                : FormatSniffer.quote(sample, sample.length, delimiter);
        RecordBoundaries scanner = new RecordBoundaries();
        scanner.scan(sample, sample.length, (byte) delimiter, (byte) quote, true);
        int end = scanner.lastBoundary;
        if (end < 0) {
            if (scanner.endsInQuote) {
                throw new CsvFormatException(source.name(), scanner.openQuoteLine + 1,
                        "quote opened here is never closed");
            }
            if (sample.length == SNIFF_BYTES) {
                throw new CsvFormatException(source.name(), 1, "first record is longer than "
                        + SNIFF_BYTES + " bytes; is this a CSV file?");
            }
            end = sample.length;
        }
        String firstRecord = new String(sample, 0, end, StandardCharsets.UTF_8);
        List<String> fields = firstFields(firstRecord, delimiter, quote);
        String[] names = new String[fields.size()];
        if (options.header()) {
            checkNames(fields);
            names = fields.toArray(names);
            return new Layout(delimiter, quote, names, bom + end, 1 + scanner.linesToBoundary);
        }
        for (int c = 0; c < names.length; c++) {
            names[c] = "c" + (c + 1);
        }
        return new Layout(delimiter, quote, names, bom, 1);
    }

    private List<String> firstFields(String record, char delimiter, char quote) {
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .fieldSeparator(delimiter).quoteCharacter(quote).ofCsvRecord(record)) {
            for (CsvRecord r : reader) {
                return r.getFields();
            }
        } catch (CsvParseException | IOException e) {
            throw new CsvFormatException(source.name(), 1, "malformed first record: " + e.getMessage());
        }
        throw new CsvFormatException(source.name(), 0, "file is empty");
    }

    private void checkNames(List<String> fields) {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c);
            if (name.isBlank()) {
                throw new CsvFormatException(source.name(), 1, "column " + (c + 1) + " has a blank name");
            }
            Integer before = seen.put(name, c);
            if (before != null) {
                throw new CsvFormatException(source.name(), 1, "duplicate column name '" + name + "' (columns "
                        + (before + 1) + " and " + (c + 1) + ")");
            }
        }
    }

    private List<ChunkParser.Result> parseChunks(Layout layout, boolean[] text, boolean[] forcedNumeric)
            throws IOException {
        ChunkParser parser = new ChunkParser(source.name(), layout.delimiter, layout.quote, layout.names,
                new MissingTokens(options.missingTokens()));
        List<ChunkParser.Result> results = new ArrayList<>();
        Deque<Future<ChunkParser.Result>> pending = new ArrayDeque<>();
        int maxPending = 2 * Parallelism.threads() + 1;
        RecordBoundaries scanner = new RecordBoundaries();
        byte delimiter = (byte) layout.delimiter;
        byte quote = (byte) layout.quote;
        try (InputStream in = source.open()) {
            in.skipNBytes(layout.skipBytes);
            byte[] buf = new byte[chunkBytes];
            int filled = 0;
            long offset = layout.skipBytes;
            long line = layout.firstDataLine;
            boolean eof = false;
            while (!eof || filled > 0) {
                int read = in.readNBytes(buf, filled, buf.length - filled);
                filled += read;
                eof = filled < buf.length;
                scanner.scan(buf, filled, delimiter, quote, false);
                int cut = scanner.lastBoundary;
                if (eof) {
                    if (scanner.endsInQuote) {
                        throw new CsvFormatException(source.name(), line + scanner.openQuoteLine,
                                "quote opened here is never closed");
                    }
                    cut = filled;
                } else if (cut < 0) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                    continue;
                }
                byte[] bytes = Arrays.copyOf(buf, cut);
                Chunk chunk = new Chunk(bytes, cut, offset, line);
                pending.add(Parallelism.executor().submit(() -> parser.parse(chunk, text, forcedNumeric)));
                if (pending.size() >= maxPending) {
                    results.add(await(pending));
                }
                line += cut == scanner.lastBoundary ? scanner.linesToBoundary : countLines(bytes);
                offset += cut;
                System.arraycopy(buf, cut, buf, 0, filled - cut);
                filled -= cut;
                if (eof) {
                    break;
                }
            }
            while (!pending.isEmpty()) {
                results.add(await(pending));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
        return results;
    }

    private static ChunkParser.Result await(Deque<Future<ChunkParser.Result>> pending) throws IOException {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading CSV", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    private static long countLines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
