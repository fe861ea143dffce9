/**
 * The exploratory-analysis report: {@link dev.lathe.report.explore.ExplorationReport} turns a
 * {@link dev.lathe.stats.explore.Exploration} into one self-contained HTML page.
 */
package dev.lathe.report.explore;
