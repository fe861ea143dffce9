package dev.lathe.prep.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test helper: reads the reference outputs under {@code fixtures/encode/} (see the README there). */
final class Fixtures {

    private Fixtures() {
    }

    /** The parsed JSON fixture {@code name}. */
    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/encode/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of strings and nulls. */
    static String[] labels(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? null : array.get(i).asText();
        }
        return out;
    }

    /** A JSON array of numbers and nulls (NaN). */
    static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return out;
    }

    /** Column {@code k} of a JSON array of rows. */
    static double[] matrixColumn(JsonNode rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = rows.get(i).get(k);
            out[i] = v.isNull() ? Double.NaN : v.asDouble();
        }
        return out;
    }

    /** An object of label arrays as a frame: categorical columns, or text columns when {@code asText}. */
    static Frame labelFrame(JsonNode columns, boolean asText) {
        List<Column> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] values = labels(e.getValue());
            out.add(asText ? TextColumn.of(e.getKey(), values) : CategoricalColumn.of(e.getKey(), values));
        }
        return Frame.of(out);
    }

    /** A JSON object of hyperparameters as a map (numbers, strings, lists, nested objects). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> params(JsonNode params) {
        return new ObjectMapper().convertValue(params, Map.class);
    }
}
