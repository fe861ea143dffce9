package dev.lathe.report.chart;

import dev.lathe.report.Markup;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the SVG of the charts XChart cannot draw (box plots from statistics, horizontal bars, heatmaps,
 * missingness matrices), in the report theme. Coordinates are pixels from the top left; text is escaped.
 */
final class SvgCanvas {

    /** Approximate advance of one character as a share of the font size (DejaVu Sans is wide). */
    private static final double CHAR_WIDTH = 0.62;

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final int width;
    private final int height;
    private final String title;

    SvgCanvas(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    /** Text alignment relative to its anchor point. */
    enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    /** Estimated width in pixels of {@code text} at {@code size}. */
    static double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * CHAR_WIDTH;
    }

    /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    /** A filled rectangle; {@code tooltip} (may be null) shows on hover. */
    SvgCanvas rect(double x, double y, double w, double h, String fill, String tooltip) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip(tooltip);
    }

    /** A rectangle outline filled with {@code fill} at {@code opacity}. */
    SvgCanvas box(double x, double y, double w, double h, String fill, double opacity, String stroke) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill)
                .append("\" fill-opacity=\"").append(num(opacity)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.5\"/>\n");
        return this;
    }

    /** A straight line. */
    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(strokeWidth)).append("\"/>\n");
        return this;
    }

    /** An unfilled circle. */
    SvgCanvas ring(double cx, double cy, double r, String stroke) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"none\" stroke=\"").append(stroke).append("\"/>\n");
        return this;
    }

    /** A filled circle at {@code opacity}; {@code tooltip} (may be null) shows on hover. */
    SvgCanvas dot(double cx, double cy, double r, String fill, double opacity, String tooltip) {
        body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\" fill-opacity=\"").append(num(opacity))
                .append('"');
        if (tooltip == null) {
            body.append("/>\n");
        } else {
            body.append("><title>").append(Markup.escape(tooltip)).append("</title></circle>\n");
        }
        return this;
    }

    /** Text with its baseline at {@code y}. */
    SvgCanvas text(double x, double y, String text, Anchor anchor, double size, String fill) {
        return text(x, y, text, anchor, size, fill, 0, null);
    }

    /**
     * Text with its baseline at {@code y}, rotated by {@code degrees} about its anchor point;
     * {@code tooltip} (may be null) shows on hover, for example the full text of a shortened label.
     */
    SvgCanvas text(double x, double y, String text, Anchor anchor, double size, String fill, double degrees,
                   String tooltip) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor.svg).append('"');
        }
        if (size != ChartTheme.FONT_SIZE) {
            body.append(" font-size=\"").append(num(size)).append('"');
        }
        body.append(" fill=\"").append(fill).append('"');
        if (degrees != 0) {
            body.append(" transform=\"rotate(").append(num(degrees)).append(' ').append(num(x)).append(' ')
                    .append(num(y)).append(")\"");
        }
        body.append('>');
        if (tooltip != null) {
            body.append("<title>").append(Markup.escape(tooltip)).append("</title>");
        }
        body.append(Markup.escape(text)).append("</text>\n");
        return this;
    }

    /**
     * Defines a vertical gradient {@code id} running from {@code colors[0]} at the bottom to the last colour
     * at the top, evenly spaced; fill with {@code url(#id)}.
     */
    SvgCanvas verticalGradient(String id, String... colors) {
        defs.append("<linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
        for (int i = 0; i < colors.length; i++) {
            defs.append("<stop offset=\"").append(num(i / (double) (colors.length - 1))).append("\" stop-color=\"")
                    .append(colors[i]).append("\"/>");
        }
        defs.append("</linearGradient>\n");
        return this;
    }

    /** The finished chart. */
    Svg toSvg() {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 400);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("px\" height=\"")
                .append(height).append("px\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"").append(Markup.escape(ChartTheme.FONT_FAMILY))
                .append("\" font-size=\"").append(ChartTheme.FONT_SIZE).append("\"><title>")
                .append(Markup.escape(title)).append("</title>\n");
        if (!defs.isEmpty()) {
            out.append("<defs>").append(defs).append("</defs>\n");
        }
        out.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#FFFFFF\"/>\n");
        out.append(body).append("</svg>");
        return new Svg(out.toString(), width, height);
    }

    private SvgCanvas closeWithTooltip(String tooltip) {
        if (tooltip == null) {
            body.append("/>\n");
        } else {
            body.append("><title>").append(Markup.escape(tooltip)).append("</title></rect>\n");
        }
        return this;
    }

    /** A coordinate with at most two decimals. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
