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

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The number written in {@code buf[off, off + len)}: decimal integers and floating point with an
     * optional sign, fraction and exponent, and inf/infinity; surrounding spaces are allowed. Returns
     * NaN when the text is anything else (Java suffixes such as "1f" or hex floats are not numbers here).
     * Short decimals take an exact fast path (mantissa below 2^53 and a power of ten up to 1e22, both
     * exact, so one correctly rounded multiplication or division); the rest go to FastDoubleParser.
     */
    static double parseNumber(char[] buf, int off, int len) {
        while (len > 0 && buf[off] == ' ') {
            off++;
            len--;
        }
        while (len > 0 && buf[off + len - 1] == ' ') {
            len--;
        }
        int end = off + len;
        int i = off;
        boolean negative = false;
        if (i < end && (buf[i] == '-' || buf[i] == '+')) {
            negative = buf[i] == '-';
            i++;
        }
        long mantissa = 0;
        boolean anyDigit = false;
        int digits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = buf[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits < 19) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    if (point) {
                        fractionDigits++;
                    }
                } else {
                    return slowPath(buf, off, len, i, end);
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (i < end || !anyDigit) {
            if (i < end && (buf[i] == 'e' || buf[i] == 'E') && anyDigit) {
                return slowPath(buf, off, len, i, end);
            }
            return i < end ? infinity(buf, off, len) : NOT_A_NUMBER;
        }
        if (mantissa < (1L << 53) && fractionDigits <= 22) {
            double v = fractionDigits == 0 ? mantissa : mantissa / EXACT_POWERS[fractionDigits];
            return negative ? -v : v;
        }
        return slowPath(buf, off, len, i, end);
    }

    /** Full parse by FastDoubleParser after checking the rest holds only number characters. */
    private static double slowPath(char[] buf, int off, int len, int from, int end) {
        for (int j = from; j < end; j++) {
            char c = buf[j];
            if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                return NOT_A_NUMBER;
            }
        }
        try {
            return JavaDoubleParser.parseDouble(buf, off, len);
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    private static double infinity(char[] buf, int off, int len) {
        String s = new String(buf, off, len).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> NOT_A_NUMBER;
        };
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
