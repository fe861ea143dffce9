package dev.lathe.eval;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A metric of one kind of predictions {@code P} (class probabilities, numbers) as an evaluation scores it:
 * its name and direction from {@link Metric}'s registry, when it is not defined, and its value.
 *
 * @param name            the registry's name
 * @param greaterIsBetter the registry's direction
 * @param undefined       the reason the metric is not defined on given predictions, or null when it is
 * @param score           the value on given predictions, called only where defined
 */
record NamedMetric<P>(String name, boolean greaterIsBetter, Function<P, String> undefined,
                      ToDoubleFunction<P> score) {

    /** The value on {@code p}, NaN where not defined. */
    double scoreOrNaN(P p) {
        return undefined.apply(p) == null ? score.applyAsDouble(p) : Double.NaN;
    }
}
