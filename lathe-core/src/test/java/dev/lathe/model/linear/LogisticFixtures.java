package dev.lathe.model.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: the fixtures under {@code fixtures/logistic/} (see the README there) and their data sets. */
final class LogisticFixtures {

    private LogisticFixtures() {
    }

    /** A JSON fixture file. */
    static JsonNode json(String file) {
        try (InputStream in = resource(file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breast cancer features scaled to mean 0 and population standard deviation 1, as the fixtures used. */
    static Frame breastCancerStandardised() {
        Frame x = Datasets.breastCancer().drop("diagnosis");
        return new StandardScaler().fit(x, null).transform(x);
    }

    /** The spector data (GPA, TUCE, PSI, GRADE) from statsmodels. */
    static Frame spector() {
        try (InputStream in = resource("spector.csv")) {
            return CsvReader.read("spector.csv", in.readAllBytes(), CsvOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} (an array of numbers) as doubles. */
    static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    private static InputStream resource(String file) {
        InputStream in = LogisticFixtures.class.getResourceAsStream("/fixtures/logistic/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource fixtures/logistic/" + file);
        }
        return in;
    }
}
