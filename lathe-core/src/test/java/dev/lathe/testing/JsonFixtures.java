package dev.lathe.testing;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test helper: reads the reference outputs of other libraries stored as JSON under
 * {@code src/test/resources/fixtures/} (each folder's README says what produced them) and turns their arrays
 * into Java arrays and frames. Numbers are read as Jackson's {@code asDouble}/{@code asInt} read them (so a
 * string "NaN" is NaN); JSON null in a number array is NaN, in a string array null.
 */
public final class JsonFixtures {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Map<String, JsonNode> READ = new ConcurrentHashMap<>();

    private JsonFixtures() {
    }

    /**
     * The JSON document at {@code fixtures/<path>}, parsed once and shared (callers must not change it); the
     * non-standard numbers NaN and Infinity are accepted.
     */
    public static JsonNode read(String path) {
        return READ.computeIfAbsent(path, JsonFixtures::parse);
    }

    private static JsonNode parse(String path) {
        try (InputStream in = JsonFixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture fixtures/" + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An array of numbers as doubles, null as NaN. */
    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = array.get(i);
            out[i] = v.isNull() ? Double.NaN : v.asDouble();
        }
        return out;
    }

    /** An array of arrays of numbers (rows) as a matrix, null as NaN. */
    public static double[][] matrix(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubles(rows.get(i));
        }
        return out;
    }

    /** An array of whole numbers as ints. */
    public static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    /** An array of whole numbers as longs. */
    public static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    /** An array of strings, null as null. */
    public static String[] strings(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? null : array.get(i).asText();
        }
        return out;
    }

    /** The elements of an array, in order. */
    public static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** An object as a map of plain Java values (numbers, strings, lists, nested maps). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(JsonNode object) {
        return MAPPER.convertValue(object, Map.class);
    }

    /** An array of rows (one array of numbers per row) as a frame of numeric columns x0, x1, ... */
    public static Frame rowsFrame(JsonNode rows) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < rows.get(0).size(); j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode cell = rows.get(i).get(j);
                v[i] = cell.isNull() ? Double.NaN : cell.asDouble();
            }
            columns.add(NumericColumn.wrap("x" + j, v));
        }
        return Frame.of(columns);
    }

    /** An array of columns (one array of numbers per feature) as a frame of numeric columns x0, x1, ... */
    public static Frame columnsFrame(JsonNode columns) {
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            out.add(NumericColumn.wrap("x" + j, doubles(columns.get(j))));
        }
        return Frame.of(out);
    }
}
