package dev.lathe.report.html;

import dev.lathe.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A self-contained HTML report: a title, an optional subtitle (what was analysed, when), a table of contents
 * and sections. The page has inline CSS only, no JavaScript and no external resources, so it opens offline
 * and can be mailed or archived as one file; it reads well from 1280 pixels wide down to a phone.
 *
 * <pre>{@code
 * Report.titled("Exploratory analysis: iris.csv")
 *       .subtitle("150 rows, 5 columns")
 *       .section(Section.titled("Overview").keyValues(Map.of("rows", 150)))
 *       .write(Path.of("report.html"));
 * }</pre>
 */
public final class Report {

    private final String title;
    private String subtitle;
    private final List<Section> sections = new ArrayList<>();

    private Report(String title) {
        this.title = title;
    }

    /** An empty report with this title (not blank), shown at the top and in the browser tab. */
    public static Report titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a report needs a title");
        }
        return new Report(title);
    }

    /** Sets the line under the title (null for none). */
    public Report subtitle(String subtitle) {
        this.subtitle = subtitle;
        return this;
    }

    /** Adds a top-level section. */
    public Report section(Section section) {
        sections.add(section);
        return this;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The subtitle, or null. */
    public String subtitle() {
        return subtitle;
    }

    /** The top-level sections, in order. */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** The whole page as HTML. */
    public String toHtml() {
        return new ReportRenderer(this).render();
    }

    /**
     * Writes the page to {@code file} (UTF-8) under a temporary name first, so that a failure never leaves a
     * half-written report.
     *
     * @throws IOException if the folder does not exist or cannot be written
     */
    public void write(Path file) throws IOException {
        byte[] bytes = toHtml().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
