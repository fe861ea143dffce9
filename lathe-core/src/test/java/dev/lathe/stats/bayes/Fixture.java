package dev.lathe.stats.bayes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;

/** fixtures/bayesian/bayesian.json, made by make_fixture.py there with scipy 1.10.1 (see README.md). */
final class Fixture {

    static final JsonNode JSON = JsonFixtures.read("bayesian/bayesian.json");

    private Fixture() {
    }
}
