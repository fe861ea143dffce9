package dev.lathe.frame.csv;

/**
 * A CSV input that cannot be read as asked: the message names the source, and where known the line
 * (1-based, physical lines), the column and the offending value.
 */
public final class CsvFormatException extends RuntimeException {

    private final String source;
    private final long line;

    /**
     * @param source file name or label of the input
     * @param line   1-based line, or 0 when the problem has no line (an empty file)
     * @param detail what is wrong and what was expected
     */
    public CsvFormatException(String source, long line, String detail) {
        super(source + (line > 0 ? " line " + line : "") + ": " + detail);
        this.source = source;
        this.line = line;
    }

    /** The file name or label of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it has none. */
    public long line() {
        return line;
    }
}
