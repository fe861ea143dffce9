package dev.lathe.stats.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads {@code fixtures/stats-test/anova/anova.json} (scipy 1.10.1 / statsmodels 0.13.5; see the README there). */
final class AnovaFixture {

    private static JsonNode root;

    private AnovaFixture() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = AnovaFixture.class.getResourceAsStream("/fixtures/stats-test/anova/anova.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static double[][] groups(JsonNode array) {
        double[][] g = new double[array.size()][];
        for (int i = 0; i < g.length; i++) {
            g[i] = BasicFixture.doubles(array.get(i));
        }
        return g;
    }

    /** Digits of agreement, as NIST scores them, capped at 15. */
    static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return err == 0 ? 15 : Math.min(15, -Math.log10(err));
    }
}
