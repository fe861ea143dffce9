package dev.lathe.report.chart;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chart as an SVG element ready to inline in HTML: no XML prolog or DOCTYPE, a {@code viewBox} so it
 * scales to its container, and a {@code <title>} for screen readers.
 *
 * @param markup the {@code <svg>...</svg>} element
 * @param width  natural width in CSS pixels
 * @param height natural height in CSS pixels
 */
public record Svg(String markup, int width, int height) {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    /** Checks that the markup is one {@code svg} element with a {@code viewBox}. */
    public Svg {
        if (!markup.startsWith("<svg") || !markup.stripTrailing().endsWith("</svg>")) {
            throw new IllegalArgumentException("not an inline <svg> element: "
                    + markup.substring(0, Math.min(60, markup.length())));
        }
        if (!markup.substring(0, markup.indexOf('>')).contains("viewBox=")) {
            throw new IllegalArgumentException("the <svg> element needs a viewBox to scale");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
        }
    }

    /** The ids the markup defines, in order of appearance. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(markup);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * The same chart with every id it defines, and every reference to one ({@code url(#id)},
     * {@code href="#id"}), prefixed, so that several charts can share one HTML page without clashes.
     *
     * @param prefix prepended to each id; letters, digits, {@code -} and {@code _} only
     */
    public Svg withIdPrefix(String prefix) {
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("id prefix must be a letter then letters, digits, - or _: " + prefix);
        }
        String out = markup;
        for (String id : ids()) {
            String q = Pattern.quote(id);
            out = out.replaceAll("\\bid=\"" + q + "\"", Matcher.quoteReplacement("id=\"" + prefix + id + "\""))
                    .replaceAll("url\\(#" + q + "\\)", Matcher.quoteReplacement("url(#" + prefix + id + ")"))
                    .replaceAll("href=\"#" + q + "\"", Matcher.quoteReplacement("href=\"#" + prefix + id + "\""));
        }
        return new Svg(out, width, height);
    }
}
