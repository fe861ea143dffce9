package dev.lathe.report.html;

/**
 * A paragraph of plain text (escaped; line breaks are kept).
 *
 * @param text the text
 */
public record Paragraph(String text) implements Block {
}
