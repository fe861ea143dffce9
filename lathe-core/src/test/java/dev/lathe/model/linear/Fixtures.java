package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.testing.JsonFixtures;

/**
 * Test helper: compares fitted linear models with the reference values computed by scikit-learn 1.2.1 /
 * statsmodels 0.13.5 on fixed data, stored in {@code src/test/resources/fixtures/linear/} (see the README there
 * for the script that wrote them).
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The largest absolute difference between the model's coefficients and intercept and the reference's. */
    static double maxAbsDifference(LinearRegressor model, JsonNode reference) {
        double[] expected = JsonFixtures.doubles(reference.get("coef"));
        double[] actual = model.linear().coef();
        assertThat(actual).hasSameSizeAs(expected);
        double worst = Math.abs(model.intercept() - reference.get("intercept").asDouble());
        for (int j = 0; j < expected.length; j++) {
            worst = Math.max(worst, Math.abs(actual[j] - expected[j]));
        }
        return worst;
    }
}
