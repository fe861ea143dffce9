package dev.lathe.report.chart;

import dev.lathe.report.Markup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Converts an XChart chart to an inline {@link Svg}: drops the XML prolog and DOCTYPE, renames the
 * generated clip-path ids to stable ones ({@code c1}, {@code c2}, ...; the report prefixes them per chart),
 * rounds coordinates to two decimals (XChart draws text as glyph outlines, so this halves the size) and
 * adds a {@code <title>}.
 */
final class XChartSvg {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{3,}");

    private XChartSvg() {
    }

    /** The chart drawn as SVG, titled {@code title} for screen readers. */
    static Svg render(Chart<?, ?> chart, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the chart as SVG", e);
        }
        String svg = bytes.toString(StandardCharsets.UTF_8);
        svg = svg.substring(svg.indexOf("<svg")).stripTrailing();
        svg = stableIds(svg);
        svg = LONG_DECIMAL.matcher(svg).replaceAll(m -> round(m.group()));
        int open = svg.indexOf('>');
        svg = svg.substring(0, open) + " role=\"img\"><title>" + Markup.escape(title) + "</title>"
                + svg.substring(open + 1);
        return new Svg(svg, chart.getWidth(), chart.getHeight());
    }

    private static String stableIds(String svg) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher m = ID.matcher(svg);
        while (m.find()) {
            renamed.putIfAbsent(m.group(1), "c" + (renamed.size() + 1));
        }
        String out = svg;
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            out = out.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"")
                    .replace("#" + e.getKey() + ")", "#" + e.getValue() + ")")
                    .replace("\"#" + e.getKey() + "\"", "\"#" + e.getValue() + "\"");
        }
        return out;
    }

    private static String round(String number) {
        String r = new BigDecimal(number).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return r.equals("-0") ? "0" : r;
    }
}
