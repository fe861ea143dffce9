package dev.lathe.frame.csv;

import java.util.Set;

/** Recognises the cell texts that stand for a missing value, without building a string per cell. */
final class MissingTokens {

    private final char[][] tokens;
    private final int maxLength;
    private final boolean[] firstChars = new boolean[128];
    private final boolean nonAsciiStart;

    MissingTokens(Set<String> tokens) {
        this.tokens = tokens.stream().filter(t -> !t.isEmpty()).map(String::toCharArray).toArray(char[][]::new);
        int longest = 0;
        boolean nonAscii = false;
        for (char[] t : this.tokens) {
            longest = Math.max(longest, t.length);
            if (t[0] < 128) {
                firstChars[t[0]] = true;
            } else {
                nonAscii = true;
            }
        }
        this.maxLength = longest;
        this.nonAsciiStart = nonAscii;
    }

    /** Whether {@code buf[off, off + len)} is empty or one of the tokens. */
    boolean matches(char[] buf, int off, int len) {
        if (len == 0) {
            return true;
        }
        char first = buf[off];
        if (len > maxLength || (first < 128 ? !firstChars[first] : !nonAsciiStart)) {
            return false;
        }
        for (char[] t : tokens) {
            if (t.length == len && t[0] == first && equalsAt(t, buf, off)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAt(char[] token, char[] buf, int off) {
        for (int k = 1; k < token.length; k++) {
            if (token[k] != buf[off + k]) {
                return false;
            }
        }
        return true;
    }
}
