package dev.lathe.stats.causal;

import java.util.List;

/**
 * Which columns of a data set make a difference-in-differences design.
 *
 * @param outcome    numeric outcome column
 * @param treated    0/1 (or boolean) column: 1 for units in the treated group, in every period
 * @param post       0/1 (or boolean) column: 1 for rows after the treatment started
 * @param unit       optional unit identifier (null if none): pairs a unit's rows across periods (panel
 *                   standard errors, balanced samples, fixed effects, default clusters)
 * @param time       optional numeric period column (null if none), needed for event studies and placebo tests
 * @param covariates extra regression terms in formula syntax (e.g. {@code "bk"}, {@code "C(chain)"}), may be empty
 */
public record DidSpec(String outcome, String treated, String post, String unit, String time, List<String> covariates) {

    public DidSpec {
        require(outcome, "outcome");
        require(treated, "treated");
        require(post, "post");
        covariates = List.copyOf(covariates);
        if (outcome.equals(treated) || outcome.equals(post) || treated.equals(post)) {
            throw new IllegalArgumentException("outcome, treated and post must be three different columns, got '"
                    + outcome + "', '" + treated + "', '" + post + "'");
        }
    }

    /** A design without unit, time or covariates. */
    public static DidSpec of(String outcome, String treated, String post) {
        return new DidSpec(outcome, treated, post, null, null, List.of());
    }

    /** This design with {@code unit} as the unit identifier. */
    public DidSpec withUnit(String unit) {
        return new DidSpec(outcome, treated, post, unit, time, covariates);
    }

    /** This design with {@code time} as the period column. */
    public DidSpec withTime(String time) {
        return new DidSpec(outcome, treated, post, unit, time, covariates);
    }

    /** This design with these covariate terms. */
    public DidSpec withCovariates(List<String> terms) {
        return new DidSpec(outcome, treated, post, unit, time, terms);
    }

    private static void require(String column, String role) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("the " + role + " column must be named");
        }
    }
}
