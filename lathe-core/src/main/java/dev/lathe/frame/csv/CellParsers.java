package dev.lathe.frame.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads cell text as numbers, booleans and ISO-8601 timestamps. */
final class CellParsers {

    /** Returned by {@link #parseNumber} when the text is not a number. */
    static final double NOT_A_NUMBER = Double.NaN;

    private CellParsers() {
    }

    /**
     * The number written in {@code buf[off, off + len)}: decimal integers and floating point with an
     * optional sign, fraction and exponent, and inf/infinity; surrounding spaces are allowed. Returns
     * NaN when the text is anything else (Java suffixes such as "1f" or hex floats are not numbers here).
     */
    static double parseNumber(char[] buf, int off, int len) {
        while (len > 0 && buf[off] == ' ') {
            off++;
            len--;
        }
        while (len > 0 && buf[off + len - 1] == ' ') {
            len--;
        }
        if (len == 0) {
            return NOT_A_NUMBER;
        }
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (buf[i] == '-' || buf[i] == '+') {
            negative = buf[i] == '-';
            i++;
        }
        if (i < end && end - i <= 18) {
            long value = 0;
            int j = i;
            while (j < end && buf[j] >= '0' && buf[j] <= '9') {
                value = value * 10 + (buf[j] - '0');
                j++;
            }
            if (j == end && j > i) {
                return negative ? -(double) value : (double) value;
            }
        }
        int digits = 0;
        for (int j = i; j < end; j++) {
            char c = buf[j];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                return infinity(buf, i, end - i, negative);
            }
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        try {
            return JavaDoubleParser.parseDouble(buf, off, len);
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    private static double infinity(char[] buf, int off, int len, boolean negative) {
        String s = new String(buf, off, len).toLowerCase(Locale.ROOT);
        if (s.equals("inf") || s.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return NOT_A_NUMBER;
    }

    /**
     * 1 for true/yes, 0 for false/no (any case), -1 for anything else; with {@code digits} also 1 and 0
     * (accepted when the type is forced, never inferred: a 0/1 column is numeric).
     */
    static int parseBoolean(String s, boolean digits) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> 1;
            case "false", "no" -> 0;
            case "1" -> digits ? 1 : -1;
            case "0" -> digits ? 0 : -1;
            default -> -1;
        };
    }

    /**
     * Epoch milliseconds of an ISO-8601 date ({@code 2024-03-01}) or date-time ({@code 2024-03-01T10:15},
     * seconds and fraction optional, 'T' or a space between, optional 'Z' or offset; without an offset the
     * time is taken as UTC). Returns {@link Long#MIN_VALUE} when the text is not such a timestamp.
     */
    static long parseTimestamp(String s) {
        String t = s.trim();
        if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).toEpochDay() * 86_400_000L;
            }
            if (t.charAt(10) == ' ') {
                t = t.substring(0, 10) + 'T' + t.substring(11);
            }
            char last = t.charAt(t.length() - 1);
            boolean zoned = last == 'Z' || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10;
            if (zoned) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Long.MIN_VALUE;
        }
    }
}
