/**
 * Charts as inline SVG from plain arrays: histograms with a density line, box plots from precomputed
 * statistics, bar charts, correlation heatmaps, missingness matrices, classifier curves (ROC,
 * precision-recall, calibration), learning and validation curves, and regression diagnostics (residuals,
 * Q-Q). Line and point charts are drawn by XChart (headless) and converted to SVG; chart kinds XChart lacks
 * are written as SVG directly. Every chart is an {@link dev.lathe.report.chart.Svg}: no files, no network.
 */
package dev.lathe.report.chart;
