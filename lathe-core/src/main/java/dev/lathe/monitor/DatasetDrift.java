package dev.lathe.monitor;

import java.util.List;

/**
 * The drift of a whole data set: every reference column's verdict, in the reference's order.
 *
 * @param columns      one verdict per column, failed columns included
 * @param driftShare   drifted columns over compared (not failed) columns; 0 when none was compared
 * @param datasetDrift whether the share reached the threshold
 */
public record DatasetDrift(List<ColumnDrift> columns, double driftShare, boolean datasetDrift) {

    /** Copies the list. */
    public DatasetDrift {
        columns = List.copyOf(columns);
    }
}
