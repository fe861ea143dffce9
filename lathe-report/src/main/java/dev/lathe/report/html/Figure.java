package dev.lathe.report.html;

import dev.lathe.report.chart.Svg;
import java.util.Objects;

/**
 * A chart with its caption.
 *
 * @param caption shown under the chart
 * @param svg     the chart
 */
public record Figure(String caption, Svg svg) implements Block {

    /** Checks that both parts are given. */
    public Figure {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
    }
}
