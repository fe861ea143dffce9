package dev.lathe.stats.distribution;

import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maximum-likelihood fits of the {@link DistributionFamily} candidates to a numeric column, one at a time or
 * ranked by AIC. Locations are fixed at 0 (see {@link DistributionFamily}); missing values (NaN) are left out
 * and counted.
 */
public final class DistributionFits {

    private static final String PURPOSE = "fitting a distribution";
    private static final String COUNTS = "the values are counts (non-negative integers), ranked among the discrete"
            + " families only: the AIC of a density is not comparable with that of a probability mass function";

    private DistributionFits() {
    }

    /**
     * The maximum-likelihood fit of {@code family} to {@code column}.
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 2 values are
     *                                  present, the values are constant, or they lie outside the family's
     *                                  support (negative values for the log-normal, non-integers for the
     *                                  Poisson, ...)
     */
    public static DistributionFit fit(NumericColumn column, DistributionFamily family) {
        Sample s = sample(column);
        String problem = family.unsupported(s.sorted());
        if (problem != null) {
            throw new IllegalArgumentException("cannot fit column '" + s.column() + "': " + problem);
        }
        return DistributionFit.of(s, family, family.fit(s.sorted()));
    }

    /** Every family ranked for {@code column}; see {@link #rank(NumericColumn, Set)}. */
    public static FitRanking rank(NumericColumn column) {
        return rank(column, EnumSet.allOf(DistributionFamily.class));
    }

    /**
     * The {@code candidates} that apply to {@code column}, fitted and ranked by AIC (ties keep declaration
     * order); the others are listed with the reason they were skipped. When every value is a non-negative
     * integer only the discrete families are ranked (fit a continuous one with {@link #fit} if wanted).
     *
     * @throws IllegalArgumentException naming the column when a value is infinite, fewer than 2 values are
     *                                  present or the values are constant
     */
    public static FitRanking rank(NumericColumn column, Set<DistributionFamily> candidates) {
        Sample s = sample(column);
        List<DistributionFit> fits = new ArrayList<>();
        Map<DistributionFamily, String> skipped = new LinkedHashMap<>();
        boolean counts = DistributionFamily.POISSON.unsupported(s.sorted()) == null;
        Set<DistributionFamily> ordered = EnumSet.noneOf(DistributionFamily.class);
        ordered.addAll(candidates);
        for (DistributionFamily family : ordered) {
            String problem = counts && !family.discrete() ? COUNTS : family.unsupported(s.sorted());
            if (problem == null) {
                fits.add(DistributionFit.of(s, family, family.fit(s.sorted())));
            } else {
                skipped.put(family, problem);
            }
        }
        fits.sort(Comparator.comparingDouble(DistributionFit::aic));
        return new FitRanking(fits, skipped);
    }

    private static Sample sample(NumericColumn column) {
        Sample s = Sample.of(column, PURPOSE, 2);
        if (s.isConstant()) {
            throw s.constant(PURPOSE);
        }
        return s;
    }
}
