/**
 * Self-contained HTML reports (exploratory analysis, evaluation, drift) with charts as inline SVG.
 * {@link dev.lathe.report.chart} turns plain arrays into {@link dev.lathe.report.chart.Svg} charts;
 * {@link dev.lathe.report.html} assembles sections, tables, findings and charts into one HTML file.
 */
package dev.lathe.report;
