package dev.lathe.cli;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options every command that reads a CSV file shares. */
final class DataOptions {

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field separator (default: detected among , ; tab |). Use \\t for tab.")
    String delimiter;

    @Option(names = "--no-header", description = "The first row is data, not column names.")
    boolean noHeader;

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", split = ",",
            description = "Force a column's type: numeric, categorical, text, timestamp, boolean.")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--missing", paramLabel = "TOKEN", split = ",",
            description = "Cell texts read as missing (default: empty, NA, N/A, n/a, NaN, nan, null, NULL, None, ?, #N/A).")
    List<String> missing;

    /** Reads {@code file} with these options. */
    Frame read(Path file) throws IOException {
        return CsvReader.read(file, options());
    }

    /**
     * Reads {@code file} for a model trained on {@code schema}: the model's columns take their training types
     * (a small file then reads them as the model expects; the user's own --type wins), and a missing one is an
     * error naming the file and the column.
     */
    Frame readFor(Path file, Schema schema) throws IOException {
        Map<String, ColumnType> types = new HashMap<>();
        for (Schema.Field f : schema.fields()) {
            types.put(f.name(), f.type());
        }
        CsvOptions options = options();
        types.putAll(options.types());
        try {
            return CsvReader.read(file, options.withTypes(types));
        } catch (UnknownColumnException e) {
            throw new IllegalArgumentException(file + " lacks column '" + e.requested()
                    + "' that the model was trained on");
        }
    }

    CsvOptions options() {
        CsvOptions o = CsvOptions.defaults().withHeader(!noHeader);
        if (delimiter != null) {
            String d = delimiter.equals("\\t") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw new IllegalArgumentException("--delimiter must be one character, got '" + delimiter + "'");
            }
            o = o.withDelimiter(d.charAt(0));
        }
        if (missing != null) {
            o = o.withMissingTokens(Set.copyOf(missing));
        }
        Map<String, ColumnType> forced = new LinkedHashMap<>();
        types.forEach((column, type) -> forced.put(column, parseType(type)));
        return o.withTypes(forced);
    }

    private static ColumnType parseType(String name) {
        try {
            return ColumnType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown column type '" + name
                    + "'; expected numeric, categorical, text, timestamp or boolean");
        }
    }
}
