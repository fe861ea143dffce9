package dev.lathe.tune;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a {@link Search}: every trial, their ranks, and the best configuration refitted on all
 * the data.
 *
 * @param trials   every trial, in the order proposed
 * @param scorers  the metrics; the first ranks the trials
 * @param refitted the best configuration fitted on all the data, or null when the search did not refit
 */
public record SearchResult(List<Trial> trials, List<Scorer> scorers, FittedPipeline refitted) {

    /** Copies the lists. */
    public SearchResult {
        trials = List.copyOf(trials);
        scorers = List.copyOf(scorers);
    }

    /**
     * The rank of each trial (index as {@link #trials}) by the mean of {@code metric}: 1 is best, ties share
     * the smallest rank (scikit-learn's {@code rank_test_*}), a NaN mean and a pruned trial rank last.
     */
    public int[] ranks(String metric) {
        Scorer scorer = scorers.stream().filter(s -> s.name().equals(metric)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no metric '" + metric + "' was scored; scored: " + metrics()));
        double[] badness = trials.stream().mapToDouble(t -> {
            double m = t.mean(metric);
            return t.pruned() || Double.isNaN(m) ? Double.POSITIVE_INFINITY : scorer.greaterIsBetter() ? -m : m;
        }).toArray();
        int[] ranks = new int[badness.length];
        for (int i = 0; i < badness.length; i++) {
            ranks[i] = 1;
            for (double other : badness) {
                if (other < badness[i]) {
                    ranks[i]++;
                }
            }
        }
        return ranks;
    }

    /** The trials from best to worst by the first metric, ties in the order proposed. */
    public List<Trial> leaderboard() {
        int[] ranks = ranks(scorers.get(0).name());
        List<Trial> out = new ArrayList<>(trials);
        out.sort(Comparator.comparingInt((Trial t) -> ranks[t.number() - 1]).thenComparingInt(Trial::number));
        return out;
    }

    /** The best trial by the first metric (the first proposed among equals). */
    public Trial best() {
        return leaderboard().get(0);
    }

    /** The metric names, in order. */
    public List<String> metrics() {
        return scorers.stream().map(Scorer::name).toList();
    }

    /**
     * The results table, one row per trial in the order proposed: {@code trial}; {@code param_NAME} per
     * hyperparameter (numeric when every value is a number, else text; missing where a conditional one is
     * absent); per metric {@code mean_M}, {@code std_M}, {@code rank_M}; {@code mean_fit_seconds},
     * {@code mean_score_seconds}.
     */
    public Frame table() {
        List<Column> out = new ArrayList<>();
        out.add(NumericColumn.wrap("trial", trials.stream().mapToDouble(Trial::number).toArray()));
        Set<String> names = new LinkedHashSet<>();
        trials.forEach(t -> names.addAll(t.params().keySet()));
        for (String name : names) {
            out.add(paramColumn(name));
        }
        for (String m : metrics()) {
            out.add(NumericColumn.wrap("mean_" + m, trials.stream().mapToDouble(t -> t.cv().spread(m).mean()).toArray()));
            out.add(NumericColumn.wrap("std_" + m, trials.stream().mapToDouble(t -> t.cv().spread(m).sd()).toArray()));
            out.add(NumericColumn.wrap("rank_" + m, java.util.Arrays.stream(ranks(m)).asDoubleStream().toArray()));
        }
        out.add(NumericColumn.wrap("mean_fit_seconds", trials.stream().mapToDouble(t -> t.cv().meanFitSeconds()).toArray()));
        out.add(NumericColumn.wrap("mean_score_seconds",
                trials.stream().mapToDouble(t -> t.cv().meanScoreSeconds()).toArray()));
        return Frame.of(out);
    }

    private Column paramColumn(String name) {
        List<Object> values = trials.stream().map(t -> t.params().get(name)).toList();
        if (values.stream().allMatch(v -> v == null || v instanceof Number)) {
            return NumericColumn.wrap("param_" + name, values.stream()
                    .mapToDouble(v -> v == null ? Double.NaN : ((Number) v).doubleValue()).toArray());
        }
        return TextColumn.of("param_" + name, values.stream().map(v -> v == null ? null : String.valueOf(v))
                .toArray(String[]::new));
    }
}
