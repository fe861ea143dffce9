/**
 * Missing values: imputation by training statistics ({@link dev.lathe.prep.impute.NumericImputer},
 * {@link dev.lathe.prep.impute.CategoricalImputer}), by nearest training neighbours
 * ({@link dev.lathe.prep.impute.KnnImputer}), along a series ({@link dev.lathe.prep.impute.LinearInterpolator},
 * {@link dev.lathe.prep.impute.SeriesFill}), indicator columns ({@link dev.lathe.prep.impute.MissingIndicator})
 * and the removal of mostly-missing columns ({@link dev.lathe.prep.impute.MissingColumnDropper}).
 */
package dev.lathe.prep.impute;
