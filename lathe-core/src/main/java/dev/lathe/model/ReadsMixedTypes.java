package dev.lathe.model;

/**
 * An estimator that, as configured, reads feature columns as they come: categorical and boolean columns as
 * categories, numeric columns unscaled, missing values kept (k nearest neighbours with the Gower metric). The
 * default preparation then leaves those columns unencoded, unimputed and unscaled.
 */
public interface ReadsMixedTypes {

    /** Whether this configuration reads mixed columns as they come (else it wants the usual numeric matrix). */
    boolean readsMixedTypes();
}
