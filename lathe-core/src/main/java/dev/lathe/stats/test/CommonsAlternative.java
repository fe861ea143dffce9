package dev.lathe.stats.test;

import org.apache.commons.statistics.inference.AlternativeHypothesis;

/** Maps Lathe's {@link Alternative} to Commons Statistics' {@link AlternativeHypothesis}. */
final class CommonsAlternative {

    private CommonsAlternative() {
    }

    /** The Commons Statistics alternative of the same direction. */
    static AlternativeHypothesis of(Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> AlternativeHypothesis.TWO_SIDED;
            case LESS -> AlternativeHypothesis.LESS_THAN;
            case GREATER -> AlternativeHypothesis.GREATER_THAN;
        };
    }
}
