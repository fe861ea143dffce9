package dev.lathe.tune;

import dev.lathe.math.Shuffle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Grid search: every configuration of {@link SearchSpace#grid}, all proposed at once; or, when the grid has
 * more configurations than {@code maxTrials}, a seeded random {@code maxTrials} of them, in grid order
 * (scikit-learn's {@code ParameterSampler} over a grid draws without replacement in the same way).
 *
 * @param pointsPerRange values tried per continuous range, at least 2 (default 5); lists are tried whole
 * @param maxTrials      the most configurations tried, at least 1 (default: no limit)
 * @param seed           seed of the subset drawn when the grid is larger than {@code maxTrials} (default 0)
 */
public record GridProposer(int pointsPerRange, int maxTrials, long seed) implements TrialProposer {

    /** Validates the configuration. */
    public GridProposer {
        dev.lathe.param.Check.atLeast("points_per_range", pointsPerRange, 2);
        dev.lathe.param.Check.atLeast("trials", maxTrials, 1);
    }

    /** The whole grid, {@code pointsPerRange} points per continuous range. */
    public GridProposer(int pointsPerRange) {
        this(pointsPerRange, Integer.MAX_VALUE, 0);
    }

    /** The whole grid, five points per continuous range. */
    public GridProposer() {
        this(5);
    }

    /** How many configurations the whole grid of {@code space} has. */
    public int gridSize(SearchSpace space) {
        return space.grid(pointsPerRange).size();
    }

    @Override
    public int planned(SearchSpace space) {
        return Math.min(gridSize(space), maxTrials);
    }

    @Override
    public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
        if (!finished.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> grid = space.grid(pointsPerRange);
        if (grid.size() <= maxTrials) {
            return grid;
        }
        int[] order = IntStream.range(0, grid.size()).toArray();
        Shuffle.inPlace(order, new SplittableRandom(seed));
        int[] kept = Arrays.copyOf(order, maxTrials);
        Arrays.sort(kept);
        List<Map<String, Object>> out = new ArrayList<>(maxTrials);
        for (int i : kept) {
            out.add(grid.get(i));
        }
        return out;
    }
}
