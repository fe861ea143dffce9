package dev.lathe.model.svm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.testing.CsvFixtures;
import dev.lathe.testing.JsonFixtures;
import java.util.HashMap;
import java.util.Map;

/** Test helper: {@code fixtures/svm/sklearn_svm.json} (see the README there) and the data it was made on. */
final class SvmFixtures {

    private SvmFixtures() {
    }

    /** The case called {@code name} in section {@code section} (svc, svr, linear_svc). */
    static JsonNode fixtureCase(String section, String name) {
        for (JsonNode c : JsonFixtures.read("svm/sklearn_svm.json").get(section)) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no fixture case " + section + "/" + name);
    }

    /** A pair's {rows, coef} as a map from training row to dual coefficient. */
    static Map<Integer, Double> coefficients(JsonNode pair) {
        Map<Integer, Double> out = new HashMap<>();
        int[] rows = JsonFixtures.ints(pair.get("rows"));
        double[] coef = JsonFixtures.doubles(pair.get("coef"));
        for (int s = 0; s < rows.length; s++) {
            out.put(rows[s], coef[s]);
        }
        return out;
    }

    /** Iris without setosa (versicolor and virginica, 100 rows), with the species column. */
    static Frame irisBinary() {
        Frame iris = Datasets.iris();
        int[] keep = new int[100];
        for (int i = 0; i < 100; i++) {
            keep[i] = 50 + i;
        }
        return iris.take(keep);
    }

    /** The 1500-row, 8-feature, 3-class synthetic set (column {@code label}) the generator wrote. */
    static Frame synthetic() {
        return CsvFixtures.read("svm/synthetic_svc.csv");
    }

    /** {@code data} with every column but {@code target} standardised (population standard deviation). */
    static Frame standardised(Frame data, String target) {
        Frame x = data.drop(target);
        return new StandardScaler().fit(x, null).transform(x).withColumn(data.column(target));
    }
}
