package dev.lathe.model.linear;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.testing.CsvFixtures;

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
        return CsvFixtures.read("logistic/spector.csv");
    }
}
