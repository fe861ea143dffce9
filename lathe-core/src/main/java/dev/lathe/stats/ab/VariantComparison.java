package dev.lathe.stats.ab;

import dev.lathe.stats.bayes.BetaComparison;
import dev.lathe.stats.test.InferenceResult;

/**
 * One variant against the control, by every method the analysis runs.
 *
 * @param variant                 the variant's label
 * @param test                    the Welch t-test of the (CUPED-adjusted) metric, variant minus control
 * @param adjustedP               its p-value after the correction across variants
 * @param rejected                whether the adjusted p-value is at most alpha
 * @param relativeLift            the difference divided by the control's mean
 * @param liftLow                 the lower end of the lift's interval (delta method, level 1 - alpha)
 * @param liftHigh                the upper end
 * @param probabilityBeatsControl the posterior probability that the variant's mean (rate) is above the control's
 * @param beta                    the closed-form Beta comparison (control as A, variant as B) for a binary
 *                                metric, else null
 * @param sequential              the always-valid sequential monitor over the rows in file order
 */
public record VariantComparison(String variant, InferenceResult test, double adjustedP, boolean rejected,
                                double relativeLift, double liftLow, double liftHigh, double probabilityBeatsControl,
                                BetaComparison beta, SequentialPath sequential) {
}
