package dev.lathe.frame.csv;

import java.util.Set;

/** Recognises the cell texts that stand for a missing value, without building a string per cell. */
final class MissingTokens {

    private final char[][] tokens;

    MissingTokens(Set<String> tokens) {
        this.tokens = tokens.stream().filter(t -> !t.isEmpty()).map(String::toCharArray).toArray(char[][]::new);
    }

    /** Whether {@code buf[off, off + len)} is empty or one of the tokens. */
    boolean matches(char[] buf, int off, int len) {
        if (len == 0) {
            return true;
        }
        for (char[] t : tokens) {
            if (t.length == len && t[0] == buf[off] && equalsAt(t, buf, off)) {
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
