package dev.lathe.prep.impute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TimestampColumn;
import dev.lathe.testing.JsonFixtures;

/** The series of {@code fixtures/impute/series.json} as a frame, with pandas' outputs. */
final class SeriesData {

    /** The whole fixture: data and pandas' outputs. */
    static final JsonNode REF = JsonFixtures.read("impute/series.json");

    private SeriesData() {
    }

    /** Columns t (timestamp, unsorted and irregular), x (numeric) and g (categorical). */
    static Frame frame() {
        double[] millis = JsonFixtures.doubles(REF.get("time_ms"));
        long[] t = new long[millis.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (long) millis[i];
        }
        return Frame.of(TimestampColumn.of("t", t), NumericColumn.of("x", JsonFixtures.doubles(REF.get("x"))),
                CategoricalColumn.of("g", JsonFixtures.strings(REF.get("g"))));
    }

    /** The reference output {@code key} as numbers (null as NaN). */
    static double[] expected(String key) {
        return JsonFixtures.doubles(REF.get(key));
    }
}
