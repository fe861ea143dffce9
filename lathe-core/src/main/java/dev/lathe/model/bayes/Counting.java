package dev.lathe.model.bayes;

import java.util.Locale;

/**
 * What a counting naive Bayes model does with its counts: which event model, and its settings.
 *
 * @param kind       the event model
 * @param alpha      additive smoothing as given, at least 0; below 1e-10 it counts as 1e-10, as scikit-learn
 *                   1.2 does (its force_alpha=False)
 * @param binarize   threshold above which a feature counts as 1 (Bernoulli only); NaN to use values as given
 * @param norm       whether complement weights are normalised (complement only)
 * @param fitPrior   whether class priors are learned (else uniform) when none are given
 * @param classPrior given class priors, or null
 */
record Counting(Kind kind, double alpha, double binarize, boolean norm, boolean fitPrior, double[] classPrior) {

    /** The event models. */
    enum Kind {
        /** Counts: multinomial. */
        MULTINOMIAL,
        /** Counts: complement of each class (Rennie et al., 2003). */
        COMPLEMENT,
        /** Binary occurrences: multivariate Bernoulli. */
        BERNOULLI;

        /** The model-file type name. */
        String type() {
            return name().toLowerCase(Locale.ROOT) + "_nb";
        }
    }

    /** Alpha as used in the smoothing. */
    double smoothing() {
        return Math.max(alpha, 1e-10);
    }
}
