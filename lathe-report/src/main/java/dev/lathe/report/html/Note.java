package dev.lathe.report.html;

import java.util.Objects;

/**
 * A finding, shown with a badge of its severity (for example "warning: column income is 32% missing").
 *
 * @param severity how much it matters
 * @param text     the finding in plain text
 */
public record Note(Severity severity, String text) implements Block {

    /** Checks that both parts are given. */
    public Note {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }
}
