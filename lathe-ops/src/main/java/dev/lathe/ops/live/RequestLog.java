package dev.lathe.ops.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rotating JSONL files of monitored rows, {@code requests-000001.jsonl}, {@code requests-000002.jsonl}, ...: one
 * line per row, {@code {"time", "model", "request_id", "inputs": {column: value}, "outputs": {column: value}}}
 * (missing values as null). A file is closed once it passes the size limit; beyond the file limit the oldest are
 * deleted. Numbering continues after files already in the directory. Used by one thread.
 */
public final class RequestLog implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("requests-(\\d{6,})\\.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final long maxBytes;
    private final int maxFiles;
    private OutputStream out;
    private long written;
    private long number;

    RequestLog(Path dir, long maxBytes, int maxFiles) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.number = files(dir).stream().mapToLong(RequestLog::numberOf).max().orElse(0);
    }

    /** Appends one line per row of {@code inputs} (and the same row of {@code outputs}). */
    void write(String time, String model, String requestId, Frame inputs, Frame outputs) throws IOException {
        for (int i = 0; i < inputs.rowCount(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("time", time);
            line.put("model", model);
            line.put("request_id", requestId);
            line.put("inputs", row(inputs, i));
            line.put("outputs", row(outputs, i));
            byte[] bytes = JSON.writeValueAsBytes(line);
            if (out == null || written >= maxBytes) {
                rotate();
            }
            out.write(bytes);
            out.write('\n');
            written += bytes.length + 1;
        }
    }

    /** Writes buffered lines to the file. */
    void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    private static Map<String, Object> row(Frame frame, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Column c : frame.columns()) {
            Object v;
            if (c.isMissing(i)) {
                v = null;
            } else if (c instanceof NumericColumn n) {
                v = n.get(i);
            } else if (c instanceof BooleanColumn b) {
                v = b.get(i);
            } else {
                v = c.format(i);
            }
            m.put(c.name(), v);
        }
        return m;
    }

    private void rotate() throws IOException {
        close();
        number++;
        out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(String.format("requests-%06d.jsonl",
                number))));
        written = 0;
        List<Path> files = files(dir);
        for (int k = 0; k < files.size() - maxFiles; k++) {
            Files.deleteIfExists(files.get(k));
        }
    }

    /** The log files in {@code dir}, oldest first (what {@code lathe monitor watch --log} reads back). */
    public static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).forEach(files::add);
        }
        files.sort((a, b) -> Long.compare(numberOf(a), numberOf(b)));
        return files;
    }

    private static long numberOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
