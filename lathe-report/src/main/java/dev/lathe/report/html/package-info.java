/**
 * Assembles a self-contained HTML report: a {@link dev.lathe.report.html.Report} of
 * {@link dev.lathe.report.html.Section}s holding {@link dev.lathe.report.html.Block}s (paragraphs,
 * key-value tables, data tables, findings with a {@link dev.lathe.report.html.Severity}, charts, CSS-only
 * tabs), with a table of contents, inline CSS, no JavaScript, everything escaped, written atomically.
 */
package dev.lathe.report.html;
