package dev.lathe.stats.explore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One statistic of an {@link Exploration} that was computed on a seeded sample of the rows.
 *
 * @param statistic what was computed on the sample ("kernel density", "Kendall correlation", ...)
 * @param rows      rows in the sample
 * @param of        rows in the data
 * @param seed      the sample's seed
 */
public record Sampling(String statistic, int rows, int of, long seed) {

    /** As a JSON-able map: statistic, rows, of, seed. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", statistic);
        m.put("rows", rows);
        m.put("of", of);
        m.put("seed", seed);
        return m;
    }
}
