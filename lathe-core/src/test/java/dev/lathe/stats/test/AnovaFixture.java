package dev.lathe.stats.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;

/** Reads {@code fixtures/stats-test/anova/anova.json} (scipy 1.10.1 / statsmodels 0.13.5; see the README there). */
final class AnovaFixture {

    private AnovaFixture() {
    }

    static JsonNode root() {
        return JsonFixtures.read("stats-test/anova/anova.json");
    }

    /** Digits of agreement, as NIST scores them, capped at 15. */
    static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return err == 0 ? 15 : Math.min(15, -Math.log10(err));
    }
}
