package dev.lathe.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bayesian optimisation with a tree-structured Parzen estimator (Bergstra et al. 2011; Optuna's and
 * hyperopt's TPE), for spaces with choices and conditions: the first {@code startup} configurations are
 * seeded random draws; after that the finished trials are split at the {@code gamma} quantile of the score
 * into good and bad, each hyperparameter gets a Parzen estimator l from the good trials that have it and g
 * from the bad ones, candidates are drawn from l dimension by dimension (a conditional hyperparameter only
 * when its parent's drawn value allows it) and the candidate with the largest sum of log l - log g over its
 * hyperparameters is proposed. Within a batch each chosen configuration counts as bad for the next choice.
 * Seeded and deterministic.
 *
 * @param trials          configurations in all, at least 1
 * @param batch           configurations proposed together (evaluated in parallel), at least 1
 * @param startup         random configurations before the estimators are used, at least 1 (default 10)
 * @param gamma           the fraction of finished trials counted as good, in (0, 1) (default 0.25)
 * @param greaterIsBetter whether a larger mean of the trials' first metric is better
 * @param seed            seed of the draws
 */
public record TreeParzenProposer(int trials, int batch, int startup, double gamma, boolean greaterIsBetter, long seed)
        implements TrialProposer {

    private static final int CANDIDATES = 24;

    /** Validates the configuration. */
    public TreeParzenProposer {
        dev.lathe.param.Check.atLeast("trials", trials, 1);
        dev.lathe.param.Check.atLeast("batch", batch, 1);
        dev.lathe.param.Check.atLeast("n_startup", startup, 1);
        if (!(gamma > 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma must be between 0 and 1, got " + gamma);
        }
    }

    /** One configuration at a time after ten random ones, the best quarter counted as good. */
    public TreeParzenProposer(int trials, boolean greaterIsBetter, long seed) {
        this(trials, 1, 10, 0.25, greaterIsBetter, seed);
    }

    @Override
    public int planned(SearchSpace space) {
        return trials;
    }

    @Override
    public List<Map<String, Object>> propose(SearchSpace space, List<Trial> finished) {
        int done = finished.size();
        if (done >= trials) {
            return List.of();
        }
        if (done < startup) {
            return new RandomProposer(Math.min(startup, trials), seed).propose(space, List.of())
                    .subList(done, Math.min(startup, trials));
        }
        double[] y = Objective.of(finished, greaterIsBetter);
        List<Integer> order = IntStream.range(0, done).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -y[i]).thenComparingInt(i -> i)).toList();
        int goodCount = Math.max(1, (int) Math.ceil(gamma * done));
        List<Map<String, Object>> good = order.subList(0, goodCount).stream().map(i -> finished.get(i).params()).toList();
        List<Map<String, Object>> bad = new ArrayList<>(order.subList(goodCount, done).stream()
                .map(i -> finished.get(i).params()).toList());
        SplittableRandom rng = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * done);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int k = 0; k < Math.min(batch, trials - done); k++) {
            Map<String, Object> next = best(space, good, bad, rng);
            out.add(next);
            bad.add(next);
        }
        return out;
    }

    private static Map<String, Object> best(SearchSpace space, List<Map<String, Object>> good,
                                            List<Map<String, Object>> bad, SplittableRandom rng) {
        List<Parzen> l = new ArrayList<>();
        List<Parzen> g = new ArrayList<>();
        for (Dimension d : space.dimensions()) {
            int choices = d.distribution() instanceof Distribution.Choice c ? c.values().size() : 0;
            l.add(Parzen.of(Parzen.observations(d, good), choices));
            g.add(Parzen.of(Parzen.observations(d, bad), choices));
        }
        Map<String, Object> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CANDIDATES; c++) {
            Map<String, Object> candidate = new LinkedHashMap<>();
            double score = 0;
            for (int i = 0; i < space.dimensions().size(); i++) {
                Dimension d = space.dimensions().get(i);
                if (!d.activeIn(candidate)) {
                    continue;
                }
                double v = l.get(i).sample(rng);
                Object value = d.distribution() instanceof Distribution.Choice ch ? ch.values().get((int) v)
                        : UnitCube.value(d.distribution(), v);
                double at = d.distribution() instanceof Distribution.Choice ? v
                        : UnitCube.unit(d.distribution(), ((Number) value).doubleValue());
                score += l.get(i).logDensity(at) - g.get(i).logDensity(at);
                candidate.put(d.name(), value);
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return java.util.Collections.unmodifiableMap(best);
    }
}
