package dev.lathe.model.semisupervised;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;

/** Test helper: {@code fixtures/semisupervised/semisupervised.json} (see the README there). */
final class SemiSupervisedFixture {

    static final JsonNode JSON = JsonFixtures.read("semisupervised/semisupervised.json");

    private SemiSupervisedFixture() {
    }

    /** The fixture's target with -1 as missing (unlabelled). */
    static Column target() {
        return target(JSON.get("y"));
    }

    /** A target node with -1 as missing (unlabelled). */
    static Column target(JsonNode y) {
        double[] v = new double[y.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = y.get(i).asInt() < 0 ? Double.NaN : y.get(i).asInt();
        }
        return NumericColumn.wrap("y", v);
    }
}
