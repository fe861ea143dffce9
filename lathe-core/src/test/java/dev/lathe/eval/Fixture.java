package dev.lathe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads fixtures/eval/metric_families.json (scikit-learn 1.2.1 values; see README.md there) into arrays. */
final class Fixture {

    static final JsonNode ROOT = load();

    private Fixture() {
    }

    private static JsonNode load() {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/eval/metric_families.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    static int[] ints(JsonNode n) {
        int[] v = new int[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asInt();
        }
        return v;
    }

    static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(n.get(i));
        }
        return m;
    }

    static double[][] binaryProba(double[] score) {
        double[][] p = new double[score.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {1 - score[i], score[i]};
        }
        return p;
    }
}
