package dev.lathe.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random search: {@code trials} configurations drawn independently from the space with one generator
 * seeded by {@code seed}, all proposed at once, so the same seed gives the same trials.
 *
 * @param trials how many configurations, at least 1 (default 20)
 * @param seed   the seed of the draws (default 0)
 */
public record RandomProposer(int trials, long seed) implements TrialProposer {

    /** Validates the configuration. */
    public RandomProposer {
        dev.lathe.param.Check.atLeast("trials", trials, 1);
    }

    @Override
    public int planned(SearchSpace space) {
        return trials;
    }

    @Override
    public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
        if (!finished.isEmpty()) {
            return List.of();
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Map<String, Object>> out = new ArrayList<>(trials);
        for (int t = 0; t < trials; t++) {
            out.add(space.sample(rng));
        }
        return out;
    }
}
