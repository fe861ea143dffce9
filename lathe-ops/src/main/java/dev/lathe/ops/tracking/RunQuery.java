package dev.lathe.ops.tracking;

import java.util.List;

/**
 * A run search.
 *
 * @param experiments experiment names to search (empty: all)
 * @param filter a {@link SearchFilter} string, or null for every run
 * @param orderBy ordering clauses such as {@code metrics.rmse ASC} (empty: newest first)
 * @param maxResults page size, 1 to {@link #MAX_RESULTS}
 * @param pageToken the token of the page to read, from the previous page, or null for the first
 * @param lifecycle runs in this stage only, or null for both
 */
public record RunQuery(List<String> experiments, String filter, List<String> orderBy, int maxResults,
        String pageToken, Lifecycle lifecycle) {

    /** Largest page. */
    public static final int MAX_RESULTS = 50_000;

    /** Checks the page size and copies the lists. */
    public RunQuery {
        experiments = List.copyOf(experiments);
        orderBy = List.copyOf(orderBy);
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw new IllegalArgumentException("max results must be 1 to " + MAX_RESULTS + ", got " + maxResults);
        }
    }

    /** Active runs of every experiment matching {@code filter}, newest first, 100 a page. */
    public static RunQuery of(String filter) {
        return new RunQuery(List.of(), filter, List.of(), 100, null, Lifecycle.ACTIVE);
    }

    /** This query ordered by {@code clauses}. */
    public RunQuery orderedBy(String... clauses) {
        return new RunQuery(experiments, filter, List.of(clauses), maxResults, pageToken, lifecycle);
    }

    /** This query with pages of {@code size}, reading the page of {@code token}. */
    public RunQuery page(int size, String token) {
        return new RunQuery(experiments, filter, orderBy, size, token, lifecycle);
    }

    /** This query over experiments {@code names} in stage {@code stage} (null: both). */
    public RunQuery in(List<String> names, Lifecycle stage) {
        return new RunQuery(names, filter, orderBy, maxResults, pageToken, stage);
    }
}
