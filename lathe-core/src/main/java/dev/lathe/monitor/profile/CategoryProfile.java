package dev.lathe.monitor.profile;

import dev.lathe.frame.ColumnType;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;

/**
 * A categorical (or boolean) column's profile: exact label counts while there are at most {@code maxCategories}
 * distinct labels, then a frequent-items sketch that keeps the frequent labels with bounded error.
 */
public final class CategoryProfile implements ColumnProfile {

    private static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();

    private final String name;
    private final ColumnType type;
    private final int maxCategories;
    private final int sketchItems;
    private Map<String, Long> counts = new LinkedHashMap<>();
    private ItemsSketch<String> sketch;
    private long present;
    private long missing;

    /**
     * An empty profile.
     *
     * @param name          column name
     * @param type          categorical or boolean
     * @param maxCategories labels counted exactly before switching to the sketch, at least 1
     * @param sketchItems   the frequent-items sketch's map size, a power of 2 of at least 8
     */
    public CategoryProfile(String name, ColumnType type, int maxCategories, int sketchItems) {
        this.name = name;
        this.type = type;
        this.maxCategories = maxCategories;
        this.sketchItems = sketchItems;
    }

    /** Counts one present label ({@code null} counts as missing). */
    public void add(String label) {
        add(label, 1);
    }

    /** Counts {@code count} occurrences of {@code label} ({@code null} counts as missing). */
    public void add(String label, long count) {
        if (label == null) {
            missing += count;
            return;
        }
        present += count;
        if (sketch != null) {
            sketch.update(label, count);
            return;
        }
        counts.merge(label, count, Long::sum);
        if (counts.size() > maxCategories) {
            sketch = new ItemsSketch<>(sketchItems);
            counts.forEach(sketch::update);
            counts = null;
        }
    }

    @Override
    public void merge(ColumnProfile other) {
        if (!(other instanceof CategoryProfile o)) {
            throw new IllegalArgumentException("cannot merge profile of '" + name + "' with " + other.name()
                    + ": not a categorical profile");
        }
        missing += o.missing;
        if (o.sketch == null) {
            o.counts.forEach(this::add);
            return;
        }
        if (sketch == null) {
            sketch = new ItemsSketch<>(sketchItems);
            counts.forEach(sketch::update);
            counts = null;
        }
        sketch.merge(o.sketch);
        present += o.present;
    }

    @Override
    public CategoryProfile copy() {
        CategoryProfile c = new CategoryProfile(name, type, maxCategories, sketchItems);
        c.merge(this);
        return c;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public long present() {
        return present;
    }

    @Override
    public long missing() {
        return missing;
    }

    /** Whether the counts are exact (at most {@code maxCategories} labels seen). */
    public boolean exact() {
        return sketch == null;
    }

    /**
     * Label counts in order of first appearance: exact, or once sketched the frequent labels with their
     * estimated counts (labels the sketch cannot tell from noise are left out; {@link #present()} minus the sum
     * is the rest).
     */
    public Map<String, Long> counts() {
        if (sketch == null) {
            return new LinkedHashMap<>(counts);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (ItemsSketch.Row<String> r : sketch.getFrequentItems(ErrorType.NO_FALSE_POSITIVES)) {
            out.put(r.getItem(), r.getEstimate());
        }
        return out;
    }

    /** Saves under array names {@code prefix_*} and returns the fields for the column's JSON entry. */
    Map<String, Object> save(StepWriter out, String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("present", present);
        m.put("missing", missing);
        m.put("max_categories", maxCategories);
        m.put("sketch_items", sketchItems);
        if (sketch == null) {
            m.put("counts", counts);
        } else {
            out.bytes(prefix + "_items", sketch.toByteArray(SERDE));
        }
        return m;
    }

    /** Reads what {@link #save} wrote. */
    @SuppressWarnings("unchecked")
    static CategoryProfile load(StepReader in, String name, ColumnType type, Map<String, Object> m, String prefix) {
        CategoryProfile p = new CategoryProfile(name, type, ((Number) m.get("max_categories")).intValue(),
                ((Number) m.get("sketch_items")).intValue());
        p.present = ((Number) m.get("present")).longValue();
        p.missing = ((Number) m.get("missing")).longValue();
        Object saved = m.get("counts");
        if (saved instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> p.counts.put(k, ((Number) v).longValue()));
        } else {
            p.sketch = ItemsSketch.getInstance(Memory.wrap(in.bytes(prefix + "_items")), SERDE);
            p.counts = null;
        }
        return p;
    }
}
