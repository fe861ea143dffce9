package dev.lathe.stats.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the JSON fixtures of fixtures/stats (see README.md there for how each was made). */
final class Fixtures {

    private Fixtures() {
    }

    static JsonNode read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/stats/" + name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array as doubles, null as NaN. */
    static double[] values(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return out;
    }
}
