package dev.lathe.stats.bayes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** fixtures/bayesian/bayesian.json, made by make_fixture.py there with scipy 1.10.1 (see README.md). */
final class Fixture {

    static final JsonNode JSON = read();

    private Fixture() {
    }

    private static JsonNode read() {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/bayesian/bayesian.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }
}
