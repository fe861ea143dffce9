/**
 * Explanations of fitted models: SHAP values (exact TreeSHAP, path-dependent and interventional, with
 * interaction values; exact Linear SHAP; Kernel SHAP and permutation SHAP for any model), permutation
 * importance, and partial dependence with individual conditional expectation curves. Explanations of a
 * fitted pipeline are given in the space of its input columns.
 */
package dev.lathe.explain;
