package dev.lathe.report.html;

import dev.lathe.report.chart.Svg;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A titled part of a report: content blocks in the order added, then subsections. Each section and
 * subsection gets an anchor and an entry in the table of contents. Build with {@link #titled} and the
 * adding methods, which return this section.
 */
public final class Section {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> subsections = new ArrayList<>();
    private Boolean collapsible;

    private Section(String title) {
        this.title = title;
    }

    /** An empty section with this title (not blank). */
    public static Section titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a section needs a title");
        }
        return new Section(title);
    }

    /** Adds any block. */
    public Section add(Block block) {
        if (block == null) {
            throw new IllegalArgumentException("block is null in section " + title);
        }
        blocks.add(block);
        return this;
    }

    /** Adds a paragraph of plain text. */
    public Section paragraph(String text) {
        return add(new Paragraph(text));
    }

    /** Adds a name-value table, in the map's order. */
    public Section keyValues(Map<String, ?> entries) {
        return add(new KeyValues(Collections.unmodifiableMap(entries)));
    }

    /** Adds a data table. */
    public Section table(DataTable table) {
        return add(table);
    }

    /** Adds a finding with its severity. */
    public Section note(Severity severity, String text) {
        return add(new Note(severity, text));
    }

    /** Adds a chart with its caption. */
    public Section figure(String caption, Svg svg) {
        return add(new Figure(caption, svg));
    }

    /** Adds charts side by side. */
    public Section figures(List<Figure> figures) {
        return add(new FigureGrid(figures));
    }

    /** Adds alternative views switched by tabs. */
    public Section tabs(List<Tab> tabs) {
        return add(new Tabs(tabs));
    }

    /** Adds a subsection after this section's blocks (subsections may nest one more level). */
    public Section subsection(Section subsection) {
        if (subsection == this) {
            throw new IllegalArgumentException("a section cannot contain itself: " + title);
        }
        subsections.add(subsection);
        return this;
    }

    /**
     * Makes the section's content fold under its heading (an HTML {@code <details>} element, no script): for
     * long reports where readers open only the parts they need. The heading and its contents entry stay.
     *
     * @param open whether the section starts unfolded
     */
    public Section collapsible(boolean open) {
        this.collapsible = open;
        return this;
    }

    /** Whether the section folds ({@link #collapsible}). */
    public boolean isCollapsible() {
        return collapsible != null;
    }

    /** Whether a collapsible section starts unfolded; true for a section that does not fold. */
    public boolean startsOpen() {
        return collapsible == null || collapsible;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The blocks, in order. */
    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The subsections, in order. */
    public List<Section> subsections() {
        return Collections.unmodifiableList(subsections);
    }
}
