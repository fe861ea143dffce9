package dev.lathe.frame.csv;

/**
 * Finds where CSV records end in a byte buffer, following quotes as the CSV grammar does (a quote
 * opens a quoted field only at the start of a field; two quotes inside one stand for one), so that a
 * buffer can be cut into chunks that parse independently. Also counts physical lines.
 */
final class RecordBoundaries {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    /** End (exclusive) of the last complete record, or -1 when none ends in the scanned range. */
    int lastBoundary;
    /** Newlines up to {@link #lastBoundary}. */
    long linesToBoundary;
    /** Whether the scan ended inside a quoted field. */
    boolean endsInQuote;
    /** Newlines before the opening quote of the field still open at the end, when {@link #endsInQuote}. */
    long openQuoteLine;

    /**
     * Scans {@code buf[0, length)}, which starts at a record boundary.
     *
     * @param stopAtFirst stop at the first record end (to read a header) instead of the last
     */
    void scan(byte[] buf, int length, byte delimiter, byte quote, boolean stopAtFirst) {
        lastBoundary = -1;
        linesToBoundary = 0;
        endsInQuote = false;
        if (!stopAtFirst && scanWithoutQuotes(buf, length, quote)) {
            return;
        }
        int state = FIELD_START;
        long lines = 0;
        long quoteLine = 0;
        for (int i = 0; i < length; i++) {
            byte b = buf[i];
            if (b == '\n') {
                lines++;
            }
            switch (state) {
                case FIELD_START, UNQUOTED -> {
                    if (b == '\n') {
                        lastBoundary = i + 1;
                        linesToBoundary = lines;
                        state = FIELD_START;
                        if (stopAtFirst) {
                            return;
                        }
                    } else if (b == delimiter) {
                        state = FIELD_START;
                    } else if (b == quote && state == FIELD_START) {
                        state = QUOTED;
                        quoteLine = lines;
                    } else if (b != '\r') {
                        state = UNQUOTED;
                    }
                }
                case QUOTED -> {
                    if (b == quote) {
                        state = QUOTE_IN_QUOTED;
                    }
                }
                default -> {
                    if (b == quote) {
                        state = QUOTED;
                    } else if (b == '\n') {
                        lastBoundary = i + 1;
                        linesToBoundary = lines;
                        state = FIELD_START;
                        if (stopAtFirst) {
                            return;
                        }
                    } else if (b == delimiter) {
                        state = FIELD_START;
                    } else {
                        state = UNQUOTED;
                    }
                }
            }
        }
        endsInQuote = state == QUOTED;
        openQuoteLine = quoteLine;
    }

    /**
     * The common case in one pass: counts lines and finds the last newline as long as no quote appears.
     * Returns false, leaving the result unset, as soon as a quote shows up.
     */
    private boolean scanWithoutQuotes(byte[] buf, int length, byte quote) {
        long lines = 0;
        int last = -1;
        for (int i = 0; i < length; i++) {
            byte b = buf[i];
            if (b == '\n') {
                lines++;
                last = i;
            } else if (b == quote) {
                return false;
            }
        }
        lastBoundary = last < 0 ? -1 : last + 1;
        linesToBoundary = lines;
        return true;
    }
}
