package dev.lathe.stats.distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate distributions for a column, ranked.
 *
 * @param fits    the families that could be fitted, best (lowest AIC) first
 * @param skipped the families that were not fitted, in declaration order, each with the reason (the data lie
 *                outside the family's support, or the likelihood has no maximum)
 */
public record FitRanking(List<DistributionFit> fits, Map<DistributionFamily, String> skipped) {

    /** Copies the list and the map. */
    public FitRanking {
        fits = List.copyOf(fits);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /**
     * The best fit by AIC.
     *
     * @throws IllegalStateException when no candidate could be fitted
     */
    public DistributionFit best() {
        if (fits.isEmpty()) {
            throw new IllegalStateException("no candidate distribution could be fitted: " + skipped);
        }
        return fits.get(0);
    }
}
