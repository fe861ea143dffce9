package dev.lathe.report;

/** Escaping of text for HTML and SVG (XML) content and attribute values. */
public final class Markup {

    private Markup() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, safe both as element content
     * and inside a quoted attribute value. Characters not allowed in XML 1.0 (control characters other
     * than tab, line feed and carriage return) are replaced by U+FFFD so that inline SVG stays
     * well-formed.
     *
     * @param text any text; null gives the empty string
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
