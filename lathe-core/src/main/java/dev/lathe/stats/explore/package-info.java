/**
 * Exploratory data analysis: {@link dev.lathe.stats.explore.Exploration} gathers, for one frame, the overview
 * with data-quality findings, a profile of every column, correlation matrices, the association of every
 * column with a target and the missingness pattern, from the statistics of {@code dev.lathe.stats} and its
 * sub-packages. Costly statistics run on a seeded row sample, and the result says which.
 */
package dev.lathe.stats.explore;
