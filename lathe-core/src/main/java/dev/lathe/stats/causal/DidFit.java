package dev.lathe.stats.causal;

import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.OlsResult;

/**
 * A regression estimate of a treatment effect: the whole least-squares fit and the coefficient that is the
 * effect.
 *
 * @param regression the fit, with every coefficient and its inference
 * @param effect     the coefficient of the treated-by-post term (the difference in differences)
 */
public record DidFit(OlsResult regression, Coefficient effect) {
}
