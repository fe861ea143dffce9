package dev.lathe.ops.tracking;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a search names: a metric, parameter or tag by key, or a run attribute. Turns itself into SQL over
 * {@code runs r} whose only variable parts are bound values.
 *
 * @param kind metric, param, tag or attribute
 * @param key the metric, parameter or tag name, or the attribute's name
 */
record SearchKey(Kind kind, String key) {

    /** The entity a key belongs to. */
    enum Kind { METRIC, PARAM, TAG, ATTRIBUTE }

    /** Attribute names users write, mapped to fixed columns (the only names that reach SQL text). */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "status", "r.status", "run_name", "r.name", "run_id", "r.run_id", "user", "r.user_name",
            "start_time", "r.start_time", "end_time", "r.end_time", "source", "r.source",
            "git_commit", "r.git_commit", "parent_run_id", "r.parent_run_id");

    private static final Map<String, Kind> PREFIXES = Map.ofEntries(
            Map.entry("metrics", Kind.METRIC), Map.entry("metric", Kind.METRIC),
            Map.entry("params", Kind.PARAM), Map.entry("param", Kind.PARAM), Map.entry("parameters", Kind.PARAM),
            Map.entry("tags", Kind.TAG), Map.entry("tag", Kind.TAG),
            Map.entry("attributes", Kind.ATTRIBUTE), Map.entry("attribute", Kind.ATTRIBUTE),
            Map.entry("attr", Kind.ATTRIBUTE), Map.entry("run", Kind.ATTRIBUTE));

    /**
     * Parses {@code prefix.key} or a bare attribute name.
     *
     * @param prefix the part before the first dot, or null for a bare name
     * @param key the rest
     */
    static SearchKey of(String prefix, String key) {
        if (prefix == null) {
            return attribute(key);
        }
        Kind kind = PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new IllegalArgumentException("unknown entity '" + prefix + "' in search: use metrics., params., "
                    + "tags. or attributes.");
        }
        return kind == Kind.ATTRIBUTE ? attribute(key) : new SearchKey(kind, key);
    }

    private static SearchKey attribute(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.containsKey(lower)) {
            throw new IllegalArgumentException("unknown run attribute '" + name + "' in search; known: "
                    + new TreeSet<>(ATTRIBUTES.keySet()));
        }
        return new SearchKey(Kind.ATTRIBUTE, lower);
    }

    /** Whether values compare as numbers (metrics and times) rather than strings. */
    boolean numeric() {
        return kind == Kind.METRIC || key.equals("start_time") || key.equals("end_time");
    }

    /** A fixed column expression for an attribute. */
    String column() {
        return ATTRIBUTES.get(key);
    }

    /** The table holding a metric, parameter or tag's values. */
    String table() {
        return switch (kind) {
            case METRIC -> "latest_metrics";
            case PARAM -> "params";
            case TAG -> "tags";
            case ATTRIBUTE -> throw new IllegalStateException("attributes live in runs");
        };
    }
}
