/**
 * Feature engineering steps: polynomial and interaction terms ({@link dev.lathe.prep.feature.PolynomialFeatures}),
 * binning ({@link dev.lathe.prep.feature.KBinsDiscretizer}), B-spline bases
 * ({@link dev.lathe.prep.feature.SplineTransformer}), arithmetic over columns in a small safe expression
 * language ({@link dev.lathe.prep.feature.Expressions}) and per-group statistics learned on training rows
 * ({@link dev.lathe.prep.feature.GroupAggregates}).
 */
package dev.lathe.prep.feature;
