package dev.lathe.report.html;

import java.util.List;

/**
 * Charts side by side, wrapping to as many rows as needed (two per row at 1280 pixels for default-size charts).
 *
 * @param figures the charts, in reading order
 */
public record FigureGrid(List<Figure> figures) implements Block {

    /** Copies the list. */
    public FigureGrid {
        figures = List.copyOf(figures);
    }
}
