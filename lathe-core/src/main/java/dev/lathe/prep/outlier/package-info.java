/**
 * Outliers: resamplers that remove training rows by Tukey's fences ({@link dev.lathe.prep.outlier.IqrFilter}),
 * z-scores ({@link dev.lathe.prep.outlier.ZScoreFilter}) or robust z-scores
 * ({@link dev.lathe.prep.outlier.RobustZScoreFilter}), and a transformer that clips values at training
 * quantiles instead ({@link dev.lathe.prep.outlier.Winsorizer}).
 */
package dev.lathe.prep.outlier;
