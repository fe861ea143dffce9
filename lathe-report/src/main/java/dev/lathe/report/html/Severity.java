package dev.lathe.report.html;

import java.util.Locale;

/** How much a finding matters; sets the colour of its badge. */
public enum Severity {
    /** Worth knowing, nothing to do. */
    INFO,
    /** May need attention before modelling or deployment. */
    WARNING,
    /** Needs attention: results are likely wrong or misleading otherwise. */
    CRITICAL;

    /** The lower-case name used in the page and its CSS classes ({@code info}, {@code warning}, {@code critical}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
