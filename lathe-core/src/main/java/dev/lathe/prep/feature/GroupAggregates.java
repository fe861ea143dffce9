package dev.lathe.prep.feature;

import dev.lathe.frame.Aggregation;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Per-group statistics learned on the training rows: for a categorical key column and numeric columns,
 * adds {@code <column>_<statistic>_by_<key>} (e.g. {@code income_mean_by_region}) holding the statistic of
 * the column over the training rows with the same key. New rows get the training statistics, never their
 * own. Missing values are skipped; the sd is the sample standard deviation (n - 1), missing for a group of
 * one value, as in pandas; the median is the middle value (mean of the two middle ones).
 *
 * <p>Keys not seen in training, and missing keys, get the statistic over all training rows (the global
 * value), except {@code count}, which is 0 for them: they had no training rows. Training rows with a
 * missing key count towards the global values only. The target is never used: the pipeline keeps it out
 * of the features, and {@link #fit} ignores the target it is given.
 *
 * @param key        categorical column whose levels form the groups
 * @param columns    numeric columns to summarise (default: every numeric column)
 * @param statistics the statistics to add, each once (default: mean)
 */
public record GroupAggregates(String key, ColumnSelector columns, List<Statistic> statistics) implements Transformer {

    /** The statistics offered; all skip missing values. */
    public enum Statistic {
        /** Arithmetic mean. */
        MEAN,
        /** Median (linear interpolation between the two middle values). */
        MEDIAN,
        /** Number of non-missing values. */
        COUNT,
        /** Sample standard deviation (divisor n - 1). */
        SD,
        /** Smallest value. */
        MIN,
        /** Largest value. */
        MAX;

        /** The aggregation computing this statistic of {@code column}. */
        Aggregation of(String column) {
            return switch (this) {
                case MEAN -> Aggregation.mean(column);
                case MEDIAN -> Aggregation.quantile(column, 0.5);
                case COUNT -> Aggregation.count(column);
                case SD -> Aggregation.sd(column);
                case MIN -> Aggregation.min(column);
                case MAX -> Aggregation.max(column);
            };
        }
    }

    public GroupAggregates {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must name a categorical column");
        }
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        if (statistics == null || statistics.isEmpty()) {
            throw new IllegalArgumentException("statistics must hold at least one of mean, median, count, sd, min, max");
        }
        statistics = List.copyOf(statistics);
        if (new HashSet<>(statistics).size() != statistics.size()) {
            throw new IllegalArgumentException("statistics must not repeat, got " + Saved.names(statistics));
        }
    }

    /** The mean of every numeric column per level of {@code key}. */
    public GroupAggregates(String key) {
        this(key, ColumnSelector.types(ColumnType.NUMERIC), List.of(Statistic.MEAN));
    }

    /** Learns the statistics per key on {@code data}; {@code target} is ignored. */
    @Override
    public Fitted fit(Frame data, Column target) {
        List<String> names = FeatureColumns.select(columns, data, Fitted.TYPE);
        CategoricalColumn keys = FeatureColumns.categorical(data, key, Fitted.TYPE);
        // neutral names inside, so that no data column name can clash with the key or the outputs
        List<Column> inner = new ArrayList<>();
        inner.add(keys.withName("k"));
        List<Aggregation> aggregations = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            inner.add(NumericColumn.wrap("c" + j, NumericColumns.values(data, names.get(j), Fitted.TYPE)));
            for (Statistic s : statistics) {
                aggregations.add(s.of("c" + j).as("a" + aggregations.size()));
            }
        }
        Frame frame = Frame.of(inner);
        Aggregation[] all = aggregations.toArray(Aggregation[]::new);
        Frame groups = frame.groupBy("k").aggregate(all);
        Frame overall = frame.withColumn(CategoricalColumn.wrap("k", new int[data.rowCount()], List.of("all")))
                .groupBy("k").aggregate(all);
        CategoricalColumn groupKeys = groups.categorical("k");
        int[] present = IntStream.range(0, groups.rowCount()).filter(r -> !groupKeys.isMissing(r))
                .toArray();
        List<String> levels = Arrays.stream(present).mapToObj(groupKeys::get).toList();
        double[][] table = new double[all.length][present.length];
        double[] fallback = new double[all.length];
        for (int m = 0; m < all.length; m++) {
            NumericColumn values = groups.numeric("a" + m);
            for (int l = 0; l < present.length; l++) {
                table[m][l] = values.get(present[l]);
            }
            boolean count = statistics.get(m % statistics.size()) == Statistic.COUNT;
            fallback[m] = count ? 0 : overall.numeric("a" + m).get(0);
        }
        return new Fitted(key, names, statistics, levels, table, fallback);
    }

    /**
     * The learned statistics: {@code table[j * statistics + s][l]} is statistic s of column j over the
     * training rows of level l; {@code fallback} holds the values for unseen and missing keys.
     */
    public record Fitted(String key, List<String> columns, List<Statistic> statistics, List<String> levels,
                         double[][] table, double[] fallback) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "group_aggregates";

        public Fitted {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("no key column");
            }
            columns = List.copyOf(columns);
            statistics = List.copyOf(statistics);
            levels = List.copyOf(levels);
            int outputs = columns.size() * statistics.size();
            if (table.length != outputs || fallback.length != outputs) {
                throw new IllegalArgumentException(outputs + " outputs but " + table.length + " table rows and "
                        + fallback.length + " fallback values");
            }
            for (double[] row : table) {
                if (row.length != levels.size()) {
                    throw new IllegalArgumentException(levels.size() + " levels but a table row of " + row.length);
                }
            }
            if (new HashSet<>(levels).size() != levels.size()) {
                throw new IllegalArgumentException("levels repeat: " + levels);
            }
        }

        /** The added column names, in order: per column, per statistic. */
        public List<String> outputNames() {
            List<String> out = new ArrayList<>();
            for (String c : columns) {
                for (Statistic s : statistics) {
                    out.add(c + "_" + Saved.name(s) + "_by_" + key);
                }
            }
            return out;
        }

        @Override
        public Frame transform(Frame data) {
            CategoricalColumn keys = FeatureColumns.categorical(data, key, TYPE);
            Map<String, Integer> trained = new HashMap<>();
            for (int l = 0; l < levels.size(); l++) {
                trained.put(levels.get(l), l);
            }
            int[] level = keys.levels().stream().mapToInt(s -> trained.getOrDefault(s, -1)).toArray();
            int[] codes = keys.toCodes();
            List<String> names = outputNames();
            List<Column> added = new ArrayList<>();
            for (int m = 0; m < names.size(); m++) {
                double[] out = new double[codes.length];
                for (int i = 0; i < out.length; i++) {
                    int l = codes[i] < 0 ? -1 : level[codes[i]];
                    out[i] = l < 0 ? fallback[m] : table[m][l];
                }
                added.add(NumericColumn.wrap(names.get(m), out));
            }
            return FeatureColumns.append(data, added, TYPE);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("key", key);
            out.put("columns", columns);
            out.put("statistics", Saved.names(statistics));
            out.put("levels", levels);
            Saved.ragged(out, "table", table);
            out.doubles("fallback", fallback);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            List<Statistic> statistics = in.getStrings("statistics").stream()
                    .map(s -> Saved.constant(in, Statistic.class, s)).toList();
            return new Fitted(in.getString("key"), columns, statistics, in.getStrings("levels"),
                    Saved.ragged(in, "table", columns.size() * statistics.size()), in.doubles("fallback"));
        }
    }
}
