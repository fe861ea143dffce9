/**
 * Model fit and evaluation: cross-validation ({@link dev.lathe.tune.CrossValidation}), search spaces over
 * named hyperparameters ({@link dev.lathe.tune.SearchSpace}), grid and random search with refit
 * ({@link dev.lathe.tune.Search}) with progress listeners, resumable trial logs and median pruning, Bayesian search,
 * successive halving ({@link dev.lathe.tune.SuccessiveHalving}), search spaces in YAML
 * ({@link dev.lathe.tune.SpaceFile}), bias-variance decomposition ({@link dev.lathe.tune.BiasVariance}), learning and
 * validation curves, and default spaces for the catalogued models.
 *
 * <p>Hyperparameter names follow scikit-learn's {@code __} convention: a plain name ({@code alpha}) is
 * the pipeline's estimator's; {@code STEP__name} is a preparation step's, where STEP is either the step's
 * position from 0 ({@code 1__strategy}) or its type in snake_case ({@code numeric_imputer__strategy}), the
 * latter only when one step of that type exists.
 */
package dev.lathe.tune;
