package dev.lathe.model.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.testing.JsonFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reference values computed by scikit-learn 1.2.1 / statsmodels 0.13.5 on fixed data, read from
 * {@code src/test/resources/fixtures/linear/} (see the README there for the script that wrote them).
 */
final class Fixtures {

    private static final String DIR = "/fixtures/linear/";

    private Fixtures() {
    }

    /** The CSV data set {@code name}. */
    static Frame csv(String name) {
        try (InputStream in = open(name)) {
            return CsvReader.read(name, in.readAllBytes(), CsvOptions.defaults().withDelimiter(','));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static InputStream open(String name) {
        InputStream in = Fixtures.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("no fixture " + DIR + name);
        }
        return in;
    }
}
