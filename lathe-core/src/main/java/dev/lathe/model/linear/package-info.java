/**
 * Linear regression models, fitted to the same numbers as scikit-learn: ordinary and weighted least squares
 * ({@link dev.lathe.model.linear.LinearRegression}), ridge ({@link dev.lathe.model.linear.Ridge},
 * {@link dev.lathe.model.linear.RidgeCV}), lasso and elastic net by coordinate descent
 * ({@link dev.lathe.model.linear.Lasso}, {@link dev.lathe.model.linear.ElasticNet},
 * {@link dev.lathe.model.linear.LassoCV}, {@link dev.lathe.model.linear.ElasticNetCV}) and polynomial
 * regression ({@link dev.lathe.model.linear.PolynomialRegression}).
 *
 * <p>As in scikit-learn, the penalised models do not standardise the features: the penalty weighs every
 * coefficient in the units of its feature. Put a {@link dev.lathe.prep.scale.StandardScaler} before them in
 * the pipeline when the features have different scales. The intercept is never penalised.
 */
package dev.lathe.model.linear;
