package dev.lathe.frame.csv;

import java.nio.charset.StandardCharsets;

/** Guesses the delimiter and quote character of a CSV file from its first lines. */
final class FormatSniffer {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 20;

    private FormatSniffer() {
    }

    /**
     * The delimiter whose count is the same non-zero number on most sample lines (ties go to the larger
     * count, then to the order comma, semicolon, tab, pipe); comma when none appears.
     */
    static char delimiter(byte[] sample, int length) {
        String[] lines = lines(sample, length);
        char best = ',';
        int bestScore = 0;
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int first = count(lines[0], d);
            if (first == 0) {
                continue;
            }
            int agreeing = 0;
            for (String line : lines) {
                if (count(line, d) == first) {
                    agreeing++;
                }
            }
            if (agreeing > bestScore || (agreeing == bestScore && first > bestCount)) {
                best = d;
                bestScore = agreeing;
                bestCount = first;
            }
        }
        return best;
    }

    /** Double quote, unless the sample has none and some field starts with a single quote. */
    static char quote(byte[] sample, int length, char delimiter) {
        boolean doubleQuotes = false;
        boolean singleAtFieldStart = false;
        byte previous = '\n';
        for (int i = 0; i < length; i++) {
            byte b = sample[i];
            if (b == '"') {
                doubleQuotes = true;
            } else if (b == '\'' && (previous == delimiter || previous == '\n')) {
                singleAtFieldStart = true;
            }
            previous = b;
        }
        return !doubleQuotes && singleAtFieldStart ? '\'' : '"';
    }

    private static String[] lines(byte[] sample, int length) {
        String text = new String(sample, 0, length, StandardCharsets.UTF_8);
        String[] all = text.split("\r?\n", SAMPLE_LINES + 1);
        int n = Math.min(all.length, SAMPLE_LINES);
        if (n > 1 && all.length <= SAMPLE_LINES && all[n - 1].isEmpty()) {
            n--;
        }
        String[] out = new String[Math.max(n, 1)];
        System.arraycopy(all, 0, out, 0, out.length);
        return out;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
