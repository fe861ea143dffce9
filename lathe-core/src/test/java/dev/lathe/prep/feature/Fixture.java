package dev.lathe.prep.feature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** The parsed JSON fixture {@code name}. */
    static JsonNode load(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/fixtures/feature/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of numbers and nulls as doubles, null as NaN. */
    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return out;
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
                String[] labels = new String[e.getValue().size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = e.getValue().get(i).isNull() ? null : e.getValue().get(i).asText();
                }
                columns.add(CategoricalColumn.of(e.getKey(), labels));
            } else {
                columns.add(NumericColumn.of(e.getKey(), doubles(e.getValue())));
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
            assertClose(name, actual.numeric(name).toArray(), doubles(expected.get(name)), relative);
        }
    }
}
