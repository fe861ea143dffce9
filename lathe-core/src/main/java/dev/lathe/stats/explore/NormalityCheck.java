package dev.lathe.stats.explore;

import dev.lathe.stats.distribution.NormalityResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The normality test an {@link Exploration} ran on a numeric column: Shapiro-Wilk for up to
 * {@link dev.lathe.stats.distribution.ShapiroWilk#MAX_N} present values, D'Agostino-Pearson K^2 beyond.
 *
 * @param test   {@link #SHAPIRO_WILK} or {@link #DAGOSTINO_PEARSON}
 * @param result the statistic (W or K^2), p-value and counts
 */
public record NormalityCheck(String test, NormalityResult result) {

    /** Name of the Shapiro-Wilk test. */
    public static final String SHAPIRO_WILK = "Shapiro-Wilk";
    /** Name of D'Agostino and Pearson's omnibus test. */
    public static final String DAGOSTINO_PEARSON = "D'Agostino-Pearson K^2";

    /** Whether the p-value is below {@code alpha}: the data speak against a normal distribution. */
    public boolean rejects(double alpha) {
        return result.pValue() < alpha;
    }

    /** As a JSON-able map: test, statistic, p_value, n. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", test);
        m.put("statistic", JsonValues.finite(result.statistic()));
        m.put("p_value", JsonValues.finite(result.pValue()));
        m.put("n", result.count());
        return m;
    }
}
