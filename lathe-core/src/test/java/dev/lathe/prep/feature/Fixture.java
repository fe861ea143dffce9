package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the reference fixtures under {@code fixtures/feature/} (written by the Python code in that
 * folder's README.md). Missing values and non-finite results are stored as JSON null.
 */
final class Fixture {

    private Fixture() {
    }

    /** A JSON object of named arrays as a frame: text arrays become categorical columns, others numeric. */
    static Frame frame(JsonNode object) {
        List<Column> columns = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            boolean text = false;
            for (JsonNode v : e.getValue()) {
                text |= v.isTextual();
            }
            if (text) {
                columns.add(CategoricalColumn.of(e.getKey(), JsonFixtures.strings(e.getValue())));
            } else {
                columns.add(NumericColumn.of(e.getKey(), JsonFixtures.doubles(e.getValue())));
            }
        }
        return Frame.of(columns);
    }

    /** Each value within {@code relative} of the expected one (relative to max(1, |expected|)); NaN matches NaN. */
    static void assertClose(String what, double[] actual, double[] expected, double relative) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s row %d", what, i).isNaN();
            } else {
                assertThat(Math.abs(actual[i] - expected[i]))
                        .as("%s row %d: %s vs %s", what, i, actual[i], expected[i])
                        .isLessThanOrEqualTo(relative * Math.max(1, Math.abs(expected[i])));
            }
        }
    }

    /** Every column of {@code expected} (JSON object of named arrays) matches {@code actual}'s, in the same order. */
    static void assertFrameClose(Frame actual, JsonNode expected, double relative) {
        List<String> names = new ArrayList<>();
        expected.fieldNames().forEachRemaining(names::add);
        assertThat(actual.names()).containsExactlyElementsOf(names);
        for (String name : names) {
            assertClose(name, actual.numeric(name).toArray(), JsonFixtures.doubles(expected.get(name)), relative);
        }
    }
}
