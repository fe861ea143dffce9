package dev.lathe.monitor.profile;

import dev.lathe.frame.ColumnType;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile of a data set: one {@link ColumnProfile} per numeric, categorical or boolean column (in the data's
 * order), the columns left out with the reason, and the row count. Made by {@link Profiler}; two profiles of the
 * same columns and bins merge into the profile of both data sets, so large data is profiled in chunks.
 */
public final class DataProfile {

    private final ProfileOptions options;
    private final Map<String, ColumnProfile> columns;
    private final Map<String, String> skipped;
    private long rows;

    DataProfile(ProfileOptions options, Map<String, ColumnProfile> columns, Map<String, String> skipped, long rows) {
        this.options = options;
        this.columns = columns;
        this.skipped = skipped;
        this.rows = rows;
    }

    /** The options it was made with. */
    public ProfileOptions options() {
        return options;
    }

    /** Profiled columns by name, in the data's order (unmodifiable view; profiles are live objects). */
    public Map<String, ColumnProfile> columns() {
        return java.util.Collections.unmodifiableMap(columns);
    }

    /** The profile of column {@code name}, or null when it was not profiled. */
    public ColumnProfile column(String name) {
        return columns.get(name);
    }

    /** Columns not profiled (text, timestamp) and why, in the data's order. */
    public Map<String, String> skipped() {
        return java.util.Collections.unmodifiableMap(skipped);
    }

    /** Rows profiled. */
    public long rows() {
        return rows;
    }

    /**
     * Adds {@code other} (a profile of other rows of the same columns, made with the same edges) to this one.
     *
     * @throws IllegalArgumentException when the columns or their kinds or histogram edges differ
     */
    public void merge(DataProfile other) {
        if (!columns.keySet().equals(other.columns.keySet())) {
            throw new IllegalArgumentException("cannot merge profiles of different columns: " + columns.keySet()
                    + " and " + other.columns.keySet());
        }
        columns.forEach((name, p) -> p.merge(other.columns.get(name)));
        rows += other.rows;
    }

    /** A deep copy: merging into it leaves this profile unchanged. */
    public DataProfile copy() {
        Map<String, ColumnProfile> c = new LinkedHashMap<>();
        columns.forEach((name, p) -> c.put(name, p.copy()));
        return new DataProfile(options, c, new LinkedHashMap<>(skipped), rows);
    }

    /** Writes the profile into {@code out} (the step of a model file that holds it). */
    void save(StepWriter out) {
        out.put("rows", rows);
        out.put("options", List.of(options.sketchK(), options.bins(), options.maxCategories(), options.sketchItems()));
        out.put("skipped", skipped);
        List<Map<String, Object>> list = new ArrayList<>();
        int i = 0;
        for (ColumnProfile p : columns.values()) {
            String prefix = "c" + i++;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().label());
            m.putAll(p instanceof NumericProfile n ? n.save(out, prefix) : ((CategoryProfile) p).save(out, prefix));
            list.add(m);
        }
        out.put("columns", list);
    }

    /** Reads what {@link #save} wrote. */
    @SuppressWarnings("unchecked")
    static DataProfile load(StepReader in) {
        List<Integer> o = new ArrayList<>();
        in.get("options").forEach(v -> o.add(v.asInt()));
        if (o.size() != 4) {
            throw in.fail("has profile options " + o + ", expected four numbers");
        }
        ProfileOptions options = new ProfileOptions(o.get(0), o.get(1), o.get(2), o.get(3));
        Map<String, String> skipped = new LinkedHashMap<>();
        in.getMap("skipped").forEach((k, v) -> skipped.put(k, String.valueOf(v)));
        Map<String, ColumnProfile> columns = new LinkedHashMap<>();
        List<Map<String, Object>> list = new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(in.get("columns"), List.class);
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> m = list.get(i);
            String name = String.valueOf(m.get("name"));
            ColumnType type = typeOf(in, name, String.valueOf(m.get("type")));
            String prefix = "c" + i;
            columns.put(name, type == ColumnType.NUMERIC ? NumericProfile.load(in, name, m, prefix)
                    : CategoryProfile.load(in, name, type, m, prefix));
        }
        return new DataProfile(options, columns, skipped, in.getLong("rows"));
    }

    private static ColumnType typeOf(StepReader in, String name, String label) {
        for (ColumnType t : new ColumnType[] {ColumnType.NUMERIC, ColumnType.CATEGORICAL, ColumnType.BOOLEAN}) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw in.fail("profiles column '" + name + "' of type '" + label + "'; expected numeric, categorical or "
                + "boolean");
    }
}
