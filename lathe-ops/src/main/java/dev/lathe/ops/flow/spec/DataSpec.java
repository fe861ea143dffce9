package dev.lathe.ops.flow.spec;

import dev.lathe.frame.ColumnType;
import java.util.Map;

/**
 * The {@code data} section: where the rows come from and what the columns mean. Paths are resolved against
 * the spec file's folder.
 *
 * @param train  the training rows: a CSV file or a database query (required)
 * @param test   separate test rows, or null to hold out rows of {@code train} as the {@code split} says
 * @param target the column to predict (required)
 * @param id     a column identifying rows (never a feature; checked for uniqueness when asked), or null
 * @param time   a timestamp column (freshness checks, time splits), or null
 * @param types  column types that override the inferred ones
 */
public record DataSpec(DataSource train, DataSource test, String target, String id, String time, Map<String, ColumnType> types) {

    /** Copies the type map. */
    public DataSpec {
        types = Map.copyOf(types);
    }
}
