package dev.lathe.stats.quality;

/** How much a {@link Finding} matters, least first. */
public enum Severity {
    /** Worth knowing; no action needed before modelling. */
    INFO,
    /** Likely to hurt a model or mislead an analysis; look at it. */
    WARNING,
    /** Makes the data unfit as it is (no rows, a column with no values, a leaking feature). */
    CRITICAL;

    /** Lower-case name, as JSON and the command line show it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
