package dev.lathe.stats.causal;

import dev.lathe.stats.regression.LogitResult;
import java.util.List;

/**
 * Treatment effects on observational data through the propensity score: the logit of treatment on the
 * covariates, effects by inverse-probability weighting and by nearest-neighbour matching with bootstrap
 * intervals, and the covariate balance before and after.
 *
 * @param propensity   the fitted logit; its {@code probabilities()} are the scores of the rows used
 * @param treated      treated rows used
 * @param control      control rows used
 * @param ipwAte       average treatment effect by weighting
 * @param ipwAtt       average effect on the treated by weighting
 * @param matchedAte   average treatment effect by matching
 * @param matchedAtt   average effect on the treated by matching
 * @param balance      one row per design column of the covariates
 * @param replicates   bootstrap replicates behind the intervals
 * @param level        interval coverage, e.g. 0.95
 * @param minScore     smallest propensity score (near 0 or 1 means weak overlap and unstable weights)
 * @param maxScore     largest propensity score
 */
public record PropensityAnalysis(LogitResult propensity, int treated, int control, EffectEstimate ipwAte,
                                 EffectEstimate ipwAtt, EffectEstimate matchedAte, EffectEstimate matchedAtt,
                                 List<BalanceRow> balance, int replicates, double level, double minScore,
                                 double maxScore) {

    public PropensityAnalysis {
        balance = List.copyOf(balance);
    }
}
