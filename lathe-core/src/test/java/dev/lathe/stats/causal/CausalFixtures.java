package dev.lathe.stats.causal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import org.assertj.core.api.Assertions;

/** Reads fixtures/causal (made by make_fixture.py there; see its README.md). */
final class CausalFixtures {

    private CausalFixtures() {
    }

    /** The Card and Krueger data. */
    static Frame cardKrueger() {
        return CsvFixtures.read("causal/card-krueger_mhe_long.csv");
    }

    /** A node of causal.json by its path, e.g. {@code "card_krueger", "ols_all_hc1"}. */
    static JsonNode node(String... path) {
        JsonNode n = JsonFixtures.read("causal/causal.json");
        for (String p : path) {
            n = n.get(p);
            if (n == null) {
                throw new IllegalArgumentException("no fixture node " + String.join("/", path));
            }
        }
        return n;
    }

    /** Asserts {@code actual} within {@code rel} relative (absolute below 1) of {@code expected}. */
    static void close(double actual, double expected, double rel, String what) {
        Assertions.assertThat(actual).as(what)
                .isCloseTo(expected, Assertions.within(rel * Math.max(1, Math.abs(expected))));
    }
}
