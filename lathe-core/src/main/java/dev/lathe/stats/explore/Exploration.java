package dev.lathe.stats.explore;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Describe;
import dev.lathe.stats.quality.DataQuality;
import dev.lathe.stats.quality.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exploratory data analysis of one frame: what {@code lathe explore} shows as a report and prints as JSON.
 *
 * <pre>{@code
 * Exploration e = Exploration.of(CsvReader.read(Path.of("churn.csv")), "churned", ExploreOptions.defaults());
 * List<String> advice = e.overview().findings().stream().map(Finding::message).toList();
 * e.column("tenure").normality().result().pValue();
 * }</pre>
 *
 * <p>Every row is used for the descriptive statistics, data-quality findings, histograms, box plots,
 * normality tests, Pearson and Cramér's V matrices, the target association and the missingness pattern.
 * The kernel densities, distribution fits and Spearman matrix use one seeded sample of
 * {@link ExploreOptions#sampleRows} rows and Kendall's tau one of {@link ExploreOptions#kendallRows} rows
 * when the data have more; {@link #sampling()} lists them. A statistic that cannot be computed on a column
 * (a constant column has no density) leaves a note on that column and the rest still runs. Columns are
 * profiled in parallel through {@link Chunks}; the result does not depend on the number of threads.
 *
 * @param overview     shape, types, memory estimate and data-quality findings
 * @param columns      one profile per column, in frame order (empty when the frame has no rows or columns)
 * @param correlations the association matrices; null when the frame is empty
 * @param target       the target part; null without a target or when the frame is empty
 * @param missingness  where values are missing; null when the frame is empty
 * @param sampling     the statistics computed on a sample, with its size
 * @param options      the options used
 */
public record Exploration(Overview overview, List<ColumnProfile> columns, Correlations correlations,
                          TargetProfile target, MissingnessPattern missingness, List<Sampling> sampling,
                          ExploreOptions options) {

    /** Copies the lists. */
    public Exploration {
        columns = List.copyOf(columns);
        sampling = List.copyOf(sampling);
    }

    /** The exploration of {@code frame} without a target, with the default options. */
    public static Exploration of(Frame frame) {
        return of(frame, null, ExploreOptions.defaults());
    }

    /**
     * The exploration of {@code frame}.
     *
     * @param target the column to predict, or null for none
     * @throws dev.lathe.frame.UnknownColumnException if {@code target} is not a column (the message lists the
     *                                                closest names)
     */
    public static Exploration of(Frame frame, String target, ExploreOptions options) {
        if (target != null) {
            frame.column(target);
        }
        List<ColumnSummary> summaries = Describe.of(frame, Describe.Options.defaults().withTopLevels(options.topLevels()));
        List<Finding> findings = DataQuality.check(frame, target, options.quality(), summaries);
        Overview overview = new Overview(frame.rowCount(), frame.columnCount(), types(frame),
                MemoryEstimate.of(frame), findings);
        if (frame.rowCount() == 0 || frame.columnCount() == 0) {
            return new Exploration(overview, List.of(), null, null, null, List.of(), options);
        }
        Frame finite = FiniteFrame.of(frame, summaries);
        List<Sampling> sampling = new ArrayList<>();
        int[] sample = RowSample.of(frame.rowCount(), options.sampleRows(), options.seed());
        if (sample != null && summaries.stream().anyMatch(s -> s.type() == ColumnType.NUMERIC)) {
            sampling.add(new Sampling("kernel density", sample.length, frame.rowCount(), options.seed()));
            sampling.add(new Sampling("distribution fits", sample.length, frame.rowCount(), options.seed()));
        }
        ColumnProfiler profiler = new ColumnProfiler(options, sample);
        ColumnProfile[] profiles = new ColumnProfile[frame.columnCount()];
        Chunks.run(profiles.length, j -> profiles[j] = profiler.profile(finite.column(j), summaries.get(j)));
        Correlations correlations = CorrelationProfiler.of(finite, summaries, options, sampling);
        TargetProfile targetProfile = target == null ? null
                : TargetProfiler.of(finite, target, summaries.get(frame.names().indexOf(target)));
        return new Exploration(overview, List.of(profiles), correlations, targetProfile,
                MissingnessPattern.of(frame), List.copyOf(sampling), options);
    }

    /**
     * The profile of column {@code name}.
     *
     * @throws IllegalArgumentException if no column has that name (the message lists the names)
     */
    public ColumnProfile column(String name) {
        for (ColumnProfile p : columns) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' in the exploration; columns: "
                + columns.stream().map(ColumnProfile::name).toList());
    }

    /**
     * As a JSON-able map, what {@code lathe explore --json} prints: overview, columns, correlations, target,
     * missingness, sampling and options (seed, sample_rows, kendall_rows, max_bins, top_levels, max_levels).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overview", overview.toMap());
        m.put("columns", columns.stream().map(ColumnProfile::toMap).toList());
        m.put("correlations", correlations == null ? null : correlations.toMap());
        m.put("target", target == null ? null : target.toMap());
        m.put("missingness", missingness == null ? null : missingness.toMap());
        m.put("sampling", sampling.stream().map(Sampling::toMap).toList());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("seed", options.seed());
        o.put("sample_rows", options.sampleRows());
        o.put("kendall_rows", options.kendallRows());
        o.put("max_bins", options.maxBins());
        o.put("top_levels", options.topLevels());
        o.put("max_levels", options.maxLevels());
        m.put("options", o);
        return m;
    }

    private static Map<String, Integer> types(Frame frame) {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (Column c : frame.columns()) {
            types.merge(c.type().label(), 1, Integer::sum);
        }
        return types;
    }
}
