package dev.lathe.persist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one step's saved state: JSON-able parameters, little-endian binary arrays and nested steps.
 * {@link ModelArchive} lays them out as entries {@code PATH/step.json}, {@code PATH/NAME.bin} and
 * {@code PATH/CHILD/...}.
 */
public final class StepWriter {

    private final String type;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> arrayInfo = new LinkedHashMap<>();
    private final Map<String, byte[]> arrays = new LinkedHashMap<>();
    private final Map<String, StepWriter> children = new LinkedHashMap<>();

    StepWriter(String type) {
        this.type = type;
    }

    /** The saved form of {@code step}. */
    public static StepWriter of(Persistable step) {
        StepWriter w = new StepWriter(step.stepType());
        step.save(w);
        return w;
    }

    /** A parameter: a number, string, boolean, null, or a list or map of those. */
    public StepWriter put(String key, Object value) {
        params.put(key, value);
        return this;
    }

    /** A double array, stored as little-endian IEEE 754 (bit-exact, NaN kept). */
    public StepWriter doubles(String name, double[] values) {
        ByteBuffer b = buffer(name, "f64", values.length, 8);
        b.asDoubleBuffer().put(values);
        return this;
    }

    /** An int array, stored little-endian. */
    public StepWriter ints(String name, int[] values) {
        ByteBuffer b = buffer(name, "i32", values.length, 4);
        b.asIntBuffer().put(values);
        return this;
    }

    /** A long array, stored little-endian. */
    public StepWriter longs(String name, long[] values) {
        ByteBuffer b = buffer(name, "i64", values.length, 8);
        b.asLongBuffer().put(values);
        return this;
    }

    /** Opaque bytes (for example a sketch in its library's own format), stored as they are. */
    public StepWriter bytes(String name, byte[] values) {
        buffer(name, "u8", values.length, 1).put(values);
        return this;
    }

    /** A nested step, saved under {@code name}. */
    public StepWriter child(String name, Persistable step) {
        checkName(name);
        children.put(name, of(step));
        return this;
    }

    /** Nested steps saved as {@code name0, name1, ...}, with their count under {@code name}. */
    public StepWriter children(String name, List<? extends Persistable> steps) {
        put(name + "_count", steps.size());
        for (int i = 0; i < steps.size(); i++) {
            child(name + i, steps.get(i));
        }
        return this;
    }

    private ByteBuffer buffer(String name, String dtype, int length, int width) {
        checkName(name);
        byte[] bytes = new byte[Math.multiplyExact(length, width)];
        arrays.put(name, bytes);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("dtype", dtype);
        info.put("length", length);
        arrayInfo.put(name, info);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void checkName(String name) {
        if (!name.matches("[A-Za-z0-9_]+") || name.equals("step")) {
            throw new IllegalArgumentException("array or child name must be letters, digits or _ (not 'step'): "
                    + name);
        }
    }

    /** Adds this step's entries under {@code prefix} (ending in '/') to {@code entries}. */
    void collect(String prefix, Map<String, Object> stepDocs, Map<String, byte[]> entries) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", type);
        doc.put("params", params);
        doc.put("arrays", arrayInfo);
        doc.put("children", List.copyOf(children.keySet()));
        stepDocs.put(prefix + "step.json", doc);
        arrays.forEach((name, bytes) -> entries.put(prefix + name + ".bin", bytes));
        children.forEach((name, child) -> child.collect(prefix + name + "/", stepDocs, entries));
    }

    String type() {
        return type;
    }

    Map<String, Object> params() {
        return params;
    }
}
