/**
 * Class balancing: resamplers that add rows to small classes or remove rows from large ones while a
 * pipeline fits ({@link dev.lathe.prep.balance.RandomOverSampler}, {@link dev.lathe.prep.balance.RandomUnderSampler},
 * {@link dev.lathe.prep.balance.Smote}, {@link dev.lathe.prep.balance.SmoteNc}), and per-row "balanced" weights for
 * estimators that take sample weights ({@link dev.lathe.prep.balance.ClassWeights}). Resamplers act on training
 * rows only and are not saved in model files.
 */
package dev.lathe.prep.balance;
