package dev.lathe.report.html;

import java.util.List;

/**
 * One alternative view in {@link Tabs}.
 *
 * @param label  the tab's label
 * @param blocks what the tab shows (tabs do not nest)
 */
public record Tab(String label, List<Block> blocks) {

    /** Copies the list and refuses nested tabs. */
    public Tab {
        blocks = List.copyOf(blocks);
        if (blocks.stream().anyMatch(b -> b instanceof Tabs)) {
            throw new IllegalArgumentException("tabs cannot hold tabs: " + label);
        }
    }
}
