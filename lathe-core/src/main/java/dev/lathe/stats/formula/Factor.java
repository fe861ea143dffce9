package dev.lathe.stats.formula;

/**
 * One factor of a formula term: a column, used as it is ({@code x}; categorical columns expand to dummies),
 * explicitly categorical ({@code C(g)} or {@code C(g, ref='b')}), a function of a column ({@code log(x)},
 * {@code exp(x)}, {@code sqrt(x)}), a power ({@code I(x^2)}) or raw polynomial columns ({@code poly(x, 3)}).
 *
 * @param kind      what the factor computes
 * @param column    the column it reads
 * @param degree    the power or polynomial degree (1 otherwise)
 * @param reference the reference level of an explicit categorical, or null for the first level
 * @param text      the factor as written, for column names
 */
public record Factor(Kind kind, String column, int degree, String reference, String text) {

    /** The kinds of factor. */
    public enum Kind { COLUMN, CATEGORICAL, LOG, EXP, SQRT, POWER, POLY }
}
