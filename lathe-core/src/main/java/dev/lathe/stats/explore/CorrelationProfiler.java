package dev.lathe.stats.explore;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.parallel.Chunks;
import dev.lathe.stats.ColumnSummary;
import dev.lathe.stats.Correlation;
import dev.lathe.stats.CorrelationMatrix;
import dev.lathe.stats.CramersV;
import dev.lathe.stats.quality.Finding;
import dev.lathe.stats.quality.Severity;
import java.util.ArrayList;
import java.util.List;

/** Computes the {@link Correlations} of a frame without infinities, recording the samples it used. */
final class CorrelationProfiler {

    private CorrelationProfiler() {
    }

    /**
     * @param summaries one per column of {@code frame}, in order (their distinct counts pick the Cramér's V columns)
     * @param sampling  receives one entry per matrix computed on a sample
     */
    static Correlations of(Frame frame, List<ColumnSummary> summaries, ExploreOptions options,
                           List<Sampling> sampling) {
        List<Finding> notes = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        for (int j = 0; j < frame.columnCount(); j++) {
            Column c = frame.column(j);
            if (c.type() == ColumnType.NUMERIC) {
                numeric.add(c.name());
            } else if (c.type() == ColumnType.CATEGORICAL || c.type() == ColumnType.BOOLEAN) {
                if (summaries.get(j).distinct() <= options.maxLevels()) {
                    categorical.add(c.name());
                } else {
                    notes.add(new Finding("left_out", Severity.INFO, List.of(c.name()), summaries.get(j).distinct(),
                            "column '" + c.name() + "' has " + summaries.get(j).distinct() + " levels, more than "
                                    + options.maxLevels() + ": left out of the Cramér's V matrix."));
                }
            }
        }
        CorrelationMatrix pearson = null;
        CorrelationMatrix spearman = null;
        CorrelationMatrix kendall = null;
        if (numeric.size() >= 2) {
            Frame values = frame.select(numeric);
            pearson = Attempt.of("Pearson correlation", null, notes,
                    () -> CorrelationMatrix.of(values, Correlation.Method.PEARSON));
            Frame forSpearman = sampled(values, options.sampleRows(), options.seed(), "Spearman correlation", sampling);
            spearman = Attempt.of("Spearman correlation", null, notes,
                    () -> CorrelationMatrix.of(forSpearman, Correlation.Method.SPEARMAN));
            Frame forKendall = sampled(values, options.kendallRows(), options.seed(), "Kendall correlation", sampling);
            kendall = Attempt.of("Kendall correlation", null, notes,
                    () -> CorrelationMatrix.of(forKendall, Correlation.Method.KENDALL));
        }
        CramersVMatrix cramersV = categorical.size() < 2 ? null
                : Attempt.of("Cramér's V", null, notes, () -> cramersV(frame.select(categorical)));
        return new Correlations(pearson, spearman, kendall, cramersV, notes);
    }

    private static Frame sampled(Frame frame, int size, long seed, String statistic, List<Sampling> sampling) {
        int[] rows = RowSample.of(frame.rowCount(), size, seed);
        if (rows == null) {
            return frame;
        }
        sampling.add(new Sampling(statistic, rows.length, frame.rowCount(), seed));
        return frame.take(rows);
    }

    private static CramersVMatrix cramersV(Frame frame) {
        int k = frame.columnCount();
        double[][] v = new double[k][k];
        Chunks.run(k * k, c -> {
            int i = c / k;
            int j = c % k;
            if (i <= j) {
                v[i][j] = CramersV.of(frame.column(i), frame.column(j)).v();
                v[j][i] = v[i][j];
            }
        });
        return new CramersVMatrix(frame.names(), v);
    }
}
