package dev.lathe.frame.csv;

import dev.lathe.frame.ColumnType;
import java.util.Map;
import java.util.Set;

/**
 * How to read a CSV file. Every option has a default that fits most files; use the {@code with...}
 * methods to change one.
 *
 * @param delimiter         field separator, or null to detect among comma, semicolon, tab and pipe
 * @param quote             quote character, or null to detect (double quote unless the file uses single quotes)
 * @param header            whether the first record holds the column names (default true); without it
 *                          columns are named {@code c1, c2, ...}
 * @param missingTokens     unquoted cell texts read as missing (default: empty, NA, N/A, n/a, NaN, nan,
 *                          null, NULL, None, ?, #N/A)
 * @param types             column types forced by name, overriding inference
 * @param categoricalRatio  a string column is categorical when distinct values / present values is at
 *                          most this ratio (default 0.5), else text
 */
public record CsvOptions(Character delimiter, Character quote, boolean header, Set<String> missingTokens,
                         Map<String, ColumnType> types, double categoricalRatio) {

    /** The default missing-value tokens. */
    public static final Set<String> DEFAULT_MISSING =
            Set.of("", "NA", "N/A", "n/a", "NaN", "nan", "null", "NULL", "None", "?", "#N/A");

    public CsvOptions {
        missingTokens = Set.copyOf(missingTokens);
        types = Map.copyOf(types);
        if (!(categoricalRatio >= 0 && categoricalRatio <= 1)) {
            throw new IllegalArgumentException("categoricalRatio must be in [0, 1], got " + categoricalRatio);
        }
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r' || delimiter.equals(quote))) {
            throw new IllegalArgumentException("delimiter " + delimiter + " cannot be a line break or the quote");
        }
    }

    /** Detected delimiter and quote, a header row, the default missing tokens, inferred types. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, null, true, DEFAULT_MISSING, Map.of(), 0.5);
    }

    /** These options with a fixed delimiter. */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, quote, header, missingTokens, types, categoricalRatio);
    }

    /** These options with a fixed quote character. */
    public CsvOptions withQuote(char q) {
        return new CsvOptions(delimiter, q, header, missingTokens, types, categoricalRatio);
    }

    /** These options with or without a header row. */
    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(delimiter, quote, h, missingTokens, types, categoricalRatio);
    }

    /** These options with other missing-value tokens. */
    public CsvOptions withMissingTokens(Set<String> tokens) {
        return new CsvOptions(delimiter, quote, header, tokens, types, categoricalRatio);
    }

    /** These options with column types forced by name. */
    public CsvOptions withTypes(Map<String, ColumnType> forced) {
        return new CsvOptions(delimiter, quote, header, missingTokens, forced, categoricalRatio);
    }

    /** These options with another categorical-versus-text threshold. */
    public CsvOptions withCategoricalRatio(double ratio) {
        return new CsvOptions(delimiter, quote, header, missingTokens, types, ratio);
    }
}
