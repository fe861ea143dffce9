package dev.lathe.stats.test;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads {@code fixtures/stats-test-basic/basic_tests.json}: scipy 1.10.1 and statsmodels 0.13.5 results on the
 * same data (producer: make_fixture.py beside it). Infinite interval ends are written as JSON's non-standard
 * {@code Infinity}, which the reader accepts.
 */
final class BasicFixture {

    private static JsonNode root;

    private BasicFixture() {
    }

    /** The fixture's root object, read once. */
    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = BasicFixture.class.getResourceAsStream("/fixtures/stats-test-basic/basic_tests.json")) {
                root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    static long[] longs(JsonNode array) {
        long[] v = new long[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asLong();
        }
        return v;
    }

    static long[][] table(JsonNode rows) {
        long[][] t = new long[rows.size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = longs(rows.get(i));
        }
        return t;
    }

    static Alternative alternative(JsonNode c) {
        return Alternative.parse(c.get("alternative").asText());
    }
}
