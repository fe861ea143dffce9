package dev.lathe.monitor;

/** The per-column drift tests and distances that {@link DriftDetector} chooses from, Evidently's defaults. */
public enum DriftMethod {
    /** Two-sample Kolmogorov-Smirnov: drift when p is below the p-value threshold. */
    KS("ks", true),
    /** Chi-square test of homogeneity of the category counts: drift when p is below the threshold. */
    CHI_SQUARE("chisquare", true),
    /** Two-proportion Z-test for two categories: drift when p is below the threshold. */
    Z("z", true),
    /** Wasserstein distance over the reference's standard deviation: drift at or above the distance threshold. */
    WASSERSTEIN("wasserstein", false),
    /** Jensen-Shannon distance, base 2: drift at or above the distance threshold. */
    JENSEN_SHANNON("jensenshannon", false);

    private final String label;
    private final boolean test;

    DriftMethod(String label, boolean test) {
        this.label = label;
        this.test = test;
    }

    /** The name in reports and JSON ({@code ks}, {@code chisquare}, {@code z}, {@code wasserstein}, {@code jensenshannon}). */
    public String label() {
        return label;
    }

    /** True for a statistical test (verdict from its p-value), false for a distance (verdict from its value). */
    public boolean isTest() {
        return test;
    }
}
