package dev.lathe.stats.regression;

import java.util.Locale;

/**
 * How coefficient standard errors are estimated: classical (homoscedastic), heteroscedasticity-robust
 * HC0-HC3 (White 1980; MacKinnon and White 1985), or cluster-robust by a group column.
 */
public enum CovarianceType {
    NONROBUST, HC0, HC1, HC2, HC3, CLUSTER;

    /** Parses {@code nonrobust}, {@code hc0}..{@code hc3}, {@code cluster} in any case. */
    public static CovarianceType parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown covariance type '" + s
                    + "'; expected nonrobust, hc0, hc1, hc2, hc3 or cluster");
        }
    }
}
