package dev.lathe.persist;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One saved step as read back from a model file: typed access to its parameters, arrays and nested
 * steps. Every accessor checks that what it finds has the expected kind and size, and fails with a
 * {@link ModelFileException} naming the entry otherwise.
 */
public final class StepReader {

    private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final String path;
    private final JsonNode doc;
    private final Map<String, byte[]> entries;
    private final Map<String, JsonNode> docs;
    private final Map<String, StepLoader> loaders;

    StepReader(String path, Map<String, JsonNode> docs, Map<String, byte[]> entries,
               Map<String, StepLoader> loaders) {
        this.path = path;
        this.doc = docs.get(path + "step.json");
        if (doc == null) {
            throw new ModelFileException("model file has no step at '" + path + "'");
        }
        this.docs = docs;
        this.entries = entries;
        this.loaders = loaders;
    }

    /** The step's type name. */
    public String type() {
        return doc.path("type").asText();
    }

    /** The raw JSON parameter {@code key}; fails when absent. */
    public JsonNode get(String key) {
        JsonNode v = doc.path("params").get(key);
        if (v == null) {
            throw fail("has no parameter '" + key + "'");
        }
        return v;
    }

    /** Whether parameter {@code key} is present and not null. */
    public boolean has(String key) {
        JsonNode v = doc.path("params").get(key);
        return v != null && !v.isNull();
    }

    /** A numeric parameter. */
    public double getDouble(String key) {
        JsonNode v = get(key);
        if (v.isTextual()) {
            // NaN and infinities are written as strings, since JSON has no such numbers
            try {
                return Double.parseDouble(v.asText());
            } catch (NumberFormatException e) {
                throw fail("parameter '" + key + "' is not a number");
            }
        }
        if (!v.isNumber()) {
            throw fail("parameter '" + key + "' is not a number");
        }
        return v.asDouble();
    }

    /** A whole-number parameter. */
    public int getInt(String key) {
        JsonNode v = get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw fail("parameter '" + key + "' is not a whole number");
        }
        return v.asInt();
    }

    /** A long parameter. */
    public long getLong(String key) {
        JsonNode v = get(key);
        if (!v.isIntegralNumber()) {
            throw fail("parameter '" + key + "' is not a whole number");
        }
        return v.asLong();
    }

    /** A boolean parameter. */
    public boolean getBoolean(String key) {
        JsonNode v = get(key);
        if (!v.isBoolean()) {
            throw fail("parameter '" + key + "' is not true/false");
        }
        return v.asBoolean();
    }

    /** A string parameter (null when saved as null). */
    public String getString(String key) {
        JsonNode v = get(key);
        if (v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw fail("parameter '" + key + "' is not a string");
        }
        return v.asText();
    }

    /** An object parameter as plain Java values (maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap(String key) {
        JsonNode v = get(key);
        if (!v.isObject()) {
            throw fail("parameter '" + key + "' is not an object");
        }
        return PLAIN.convertValue(v, Map.class);
    }

    /** A list-of-strings parameter. */
    public List<String> getStrings(String key) {
        JsonNode v = get(key);
        if (!v.isArray()) {
            throw fail("parameter '" + key + "' is not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw fail("parameter '" + key + "' holds a non-string");
            }
            out.add(e.asText());
        }
        return out;
    }

    /** A double array saved with {@link StepWriter#doubles}. */
    public double[] doubles(String name) {
        ByteBuffer b = array(name, "f64", 8);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return out;
    }

    /** A double array saved with {@link StepWriter#doubles}, which must hold {@code length} values. */
    public double[] doubles(String name, int length) {
        double[] out = doubles(name);
        if (out.length != length) {
            throw fail("array '" + name + "' holds " + out.length + " values, expected " + length);
        }
        return out;
    }

    /** An int array saved with {@link StepWriter#ints}. */
    public int[] ints(String name) {
        ByteBuffer b = array(name, "i32", 4);
        int[] out = new int[b.remaining() / 4];
        b.asIntBuffer().get(out);
        return out;
    }

    /** A long array saved with {@link StepWriter#longs}. */
    public long[] longs(String name) {
        ByteBuffer b = array(name, "i64", 8);
        long[] out = new long[b.remaining() / 8];
        b.asLongBuffer().get(out);
        return out;
    }

    /** Bytes saved with {@link StepWriter#bytes}. */
    public byte[] bytes(String name) {
        ByteBuffer b = array(name, "u8", 1);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** Whether the step has a nested step {@code name} (files written before it existed have not). */
    public boolean hasChild(String name) {
        for (JsonNode c : doc.path("children")) {
            if (c.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The nested step {@code name}, loaded through the allow-list, which must be of {@code expected} type. */
    public <T> T child(String name, Class<T> expected) {
        return load(path + name + "/", expected, docs, entries, loaders);
    }

    /** The nested steps saved with {@link StepWriter#children}. */
    public <T> List<T> children(String name, Class<T> expected) {
        int n = getInt(name + "_count");
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(child(name + i, expected));
        }
        return out;
    }

    /** An error about this step with {@code detail}. */
    public ModelFileException fail(String detail) {
        return new ModelFileException("model step '" + path + "' (" + type() + ") " + detail);
    }

    private ByteBuffer array(String name, String dtype, int width) {
        JsonNode info = doc.path("arrays").get(name);
        byte[] bytes = entries.get(path + name + ".bin");
        if (info == null || bytes == null) {
            throw fail("has no array '" + name + "'");
        }
        if (!dtype.equals(info.path("dtype").asText())) {
            throw fail("array '" + name + "' is " + info.path("dtype").asText() + ", expected " + dtype);
        }
        long length = info.path("length").asLong(-1);
        if (length < 0 || length * width != bytes.length) {
            throw fail("array '" + name + "' has " + bytes.length + " bytes, expected " + length + " x " + width);
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    static <T> T load(String path, Class<T> expected, Map<String, JsonNode> docs, Map<String, byte[]> entries,
                      Map<String, StepLoader> loaders) {
        StepReader reader = new StepReader(path, docs, entries, loaders);
        StepLoader loader = loaders.get(reader.type());
        if (loader == null) {
            throw new ModelFileException("model step '" + path + "' has unknown type '" + reader.type()
                    + "'; this Lathe knows: " + String.join(", ", new java.util.TreeSet<>(loaders.keySet())));
        }
        Object step;
        try {
            step = loader.load(reader);
        } catch (ModelFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw reader.fail("is inconsistent: " + e.getMessage());
        }
        if (!expected.isInstance(step)) {
            throw reader.fail("is a " + reader.type() + ", where a " + expected.getSimpleName() + " was expected");
        }
        return expected.cast(step);
    }
}
