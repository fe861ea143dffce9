package dev.lathe.report.html;

/** One piece of a section's content, rendered in the order added. */
public sealed interface Block permits Paragraph, KeyValues, DataTable, Note, Figure, FigureGrid, Tabs {
}
