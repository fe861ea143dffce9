package dev.lathe.stats.explore;

import dev.lathe.stats.CorrelationMatrix;
import dev.lathe.stats.quality.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The association matrices of an {@link Exploration}: Pearson over every row; Spearman and Kendall on seeded
 * samples when the data have more rows than {@link ExploreOptions#sampleRows} and
 * {@link ExploreOptions#kendallRows} (the exploration's {@link Sampling} list says so); Cramér's V between
 * categorical and boolean columns over every row. A matrix is null when fewer than two columns qualify.
 * Each pair uses the rows where both columns are present.
 *
 * @param pearson  Pearson's r between numeric columns
 * @param spearman Spearman's rho between numeric columns
 * @param kendall  Kendall's tau-b between numeric columns
 * @param cramersV Cramér's V between categorical and boolean columns
 * @param notes    columns left out and matrices that could not be computed
 */
public record Correlations(CorrelationMatrix pearson, CorrelationMatrix spearman, CorrelationMatrix kendall,
                           CramersVMatrix cramersV, List<Finding> notes) {

    /** Copies the list. */
    public Correlations {
        notes = List.copyOf(notes);
    }

    /** As a JSON-able map: pearson, spearman, kendall (names, values, n), cramers_v, notes; null where absent. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pearson", matrix(pearson));
        m.put("spearman", matrix(spearman));
        m.put("kendall", matrix(kendall));
        m.put("cramers_v", cramersV == null ? null : cramersV.toMap());
        m.put("notes", notes.stream().map(Finding::toMap).toList());
        return m;
    }

    private static Map<String, Object> matrix(CorrelationMatrix c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", c.names());
        m.put("values", JsonValues.finite(c.statistic()));
        m.put("p_values", JsonValues.finite(c.pValue()));
        m.put("n", c.n());
        return m;
    }
}
