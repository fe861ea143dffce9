package dev.lathe.model.linear;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.prep.scale.StandardScaler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: the data sets the fixtures under {@code fixtures/logistic/} were made on (see the README there). */
final class LogisticFixtures {

    private LogisticFixtures() {
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

    private static InputStream resource(String file) {
        InputStream in = LogisticFixtures.class.getResourceAsStream("/fixtures/logistic/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource fixtures/logistic/" + file);
        }
        return in;
    }
}
