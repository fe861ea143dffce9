package dev.lathe.prep.feature;

/**
 * A fault in a definition of the expression language (see {@link Expressions}): malformed text, an unknown
 * function or column, a column of the wrong type. The message names the fault, its 1-based character
 * position and the definition, e.g. {@code expected ')' at position 14 in 'y = log(a + b'}.
 */
public final class ExpressionException extends IllegalArgumentException {

    private final String text;
    private final int position;

    /**
     * @param what     the fault
     * @param position 1-based character position of the fault in {@code text} (its length + 1 at the end)
     * @param text     the whole definition
     * @param detail   more to say after the position (closest names, known functions), or null
     */
    ExpressionException(String what, int position, String text, String detail) {
        super(what + " at position " + position + " in '" + text + "'" + (detail == null ? "" : ": " + detail));
        this.text = text;
        this.position = position;
    }

    /** The definition at fault. */
    public String text() {
        return text;
    }

    /** The 1-based character position of the fault. */
    public int position() {
        return position;
    }
}
