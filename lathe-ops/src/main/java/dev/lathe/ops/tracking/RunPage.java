package dev.lathe.ops.tracking;

import java.util.List;

/**
 * One page of search results.
 *
 * @param runs the runs on this page
 * @param nextPageToken the token for the next page, or null when this is the last
 */
public record RunPage(List<Run> runs, String nextPageToken) {
}
