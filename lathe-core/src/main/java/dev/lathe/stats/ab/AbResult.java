package dev.lathe.stats.ab;

import dev.lathe.stats.bayes.ArmSimulation;
import dev.lathe.stats.bayes.Posterior;
import java.util.List;

/**
 * The analysis of an A/B (or A/B/n) test.
 *
 * @param options     the options it ran with
 * @param control     the control's label
 * @param binary      whether the metric is a conversion (0/1)
 * @param arms        per arm, control first, then the variants in sorted order
 * @param sampleRatio the sample-ratio-mismatch check
 * @param cuped       the CUPED adjustment, or null without a covariate
 * @param comparisons per variant, the comparison with the control
 * @param posteriors  per arm (same order as {@code arms}), the posterior of its mean or rate
 * @param bayes       the Monte Carlo comparison of all arms (probability best, expected loss, uplift)
 * @param decision    the arm the Bayesian threshold-of-caring rule stops with, or null to keep going
 */
public record AbResult(AbOptions options, String control, boolean binary, List<ArmSummary> arms,
                       SampleRatioCheck sampleRatio, Cuped cuped, List<VariantComparison> comparisons,
                       List<Posterior> posteriors, ArmSimulation bayes, String decision) {

    /** Copies the lists. */
    public AbResult {
        arms = List.copyOf(arms);
        comparisons = List.copyOf(comparisons);
        posteriors = List.copyOf(posteriors);
    }
}
