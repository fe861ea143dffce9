package dev.lathe.report.html;

import java.util.List;

/**
 * Alternative views of the same thing (correlations by Pearson, Spearman or Kendall, say), one visible at a
 * time, switched by CSS alone (radio buttons); without CSS all are shown one after another. The first tab is
 * shown first.
 *
 * @param tabs from 1 to {@value #MAX} tabs
 */
public record Tabs(List<Tab> tabs) implements Block {

    /** Most tabs in one group. */
    public static final int MAX = 8;

    /** Copies the list and checks its size. */
    public Tabs {
        tabs = List.copyOf(tabs);
        if (tabs.isEmpty() || tabs.size() > MAX) {
            throw new IllegalArgumentException("tabs need 1 to " + MAX + " tabs, got " + tabs.size());
        }
    }
}
