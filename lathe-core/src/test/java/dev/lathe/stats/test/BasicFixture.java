package dev.lathe.stats.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;

/**
 * Reads {@code fixtures/stats-test-basic/basic_tests.json}: scipy 1.10.1 and statsmodels 0.13.5 results on the
 * same data (producer: make_fixture.py beside it). Infinite interval ends are written as JSON's non-standard
 * {@code Infinity}, which {@link JsonFixtures#read} accepts.
 */
final class BasicFixture {

    private BasicFixture() {
    }

    /** The fixture's root object. */
    static JsonNode root() {
        return JsonFixtures.read("stats-test-basic/basic_tests.json");
    }

    static long[][] table(JsonNode rows) {
        long[][] t = new long[rows.size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = JsonFixtures.longs(rows.get(i));
        }
        return t;
    }

    static Alternative alternative(JsonNode c) {
        return Alternative.parse(c.get("alternative").asText());
    }
}
