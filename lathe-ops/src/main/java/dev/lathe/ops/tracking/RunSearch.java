package dev.lathe.ops.tracking;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Searches runs by filter, with ordering and pagination, through bound parameters only. */
public final class RunSearch {

    private final Database db;

    RunSearch(Database db) {
        this.db = db;
    }

    /**
     * Runs matching a query, one page.
     *
     * @param query experiments, filter, ordering, page
     * @return the page and the token of the next one
     * @throws IllegalArgumentException for a malformed filter, ordering or page token
     */
    public RunPage search(RunQuery query) {
        SqlCondition where = SearchFilter.parse(query.filter());
        List<SqlCondition> order = new ArrayList<>();
        for (String clause : query.orderBy()) {
            order.add(SearchFilter.orderBy(clause));
        }
        long offset = offset(query.pageToken());
        StringBuilder sql = new StringBuilder("SELECT " + Runs.COLUMNS
                + " FROM runs r JOIN experiments e ON e.experiment_id = r.experiment_id WHERE (" + where.sql() + ")");
        List<Object> args = new ArrayList<>(where.args());
        if (query.lifecycle() != null) {
            sql.append(" AND r.lifecycle_stage = ?");
            args.add(query.lifecycle().dbValue());
        }
        if (!query.experiments().isEmpty()) {
            sql.append(" AND e.name IN (").append(String.join(", ", Collections.nCopies(
                    query.experiments().size(), "?"))).append(')');
            args.addAll(query.experiments());
        }
        sql.append(" ORDER BY ");
        for (SqlCondition o : order) {
            sql.append(o.sql()).append(", ");
            args.addAll(o.args());
        }
        sql.append("r.start_time DESC, r.run_id LIMIT ? OFFSET ?");
        args.add(query.maxResults() + 1);
        args.add(offset);
        return db.read("search runs", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, args);
                List<Run> runs = Runs.readAll(ps);
                if (runs.size() <= query.maxResults()) {
                    return new RunPage(runs, null);
                }
                return new RunPage(runs.subList(0, query.maxResults()),
                        Long.toString(offset + query.maxResults()));
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    private static long offset(String token) {
        if (token == null) {
            return 0;
        }
        try {
            long offset = Long.parseLong(token);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid page token '" + token + "'; use the token a previous page gave");
    }
}
