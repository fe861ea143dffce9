package dev.lathe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;

/** fixtures/eval/metric_families.json (scikit-learn 1.2.1 values; see README.md there), and binary scores as probabilities. */
final class Fixture {

    static final JsonNode ROOT = JsonFixtures.read("eval/metric_families.json");

    private Fixture() {
    }

    static double[][] binaryProba(double[] score) {
        double[][] p = new double[score.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {1 - score[i], score[i]};
        }
        return p;
    }
}
