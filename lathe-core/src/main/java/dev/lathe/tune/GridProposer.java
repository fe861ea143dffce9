package dev.lathe.tune;

import java.util.List;
import java.util.Map;

/**
 * Grid search: every configuration of {@link SearchSpace#grid}, all proposed at once.
 *
 * @param pointsPerRange values tried per continuous range, at least 2 (default 5); lists are tried whole
 */
public record GridProposer(int pointsPerRange) implements TrialProposer {

    /** Validates the configuration. */
    public GridProposer {
        dev.lathe.param.Check.atLeast("points_per_range", pointsPerRange, 2);
    }

    /** Five points per continuous range. */
    public GridProposer() {
        this(5);
    }

    @Override
    public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
        return finished.isEmpty() ? space.grid(pointsPerRange) : List.of();
    }
}
