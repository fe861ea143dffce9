package dev.lathe.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;

/**
 * Test helper: reads the reference outputs of other libraries stored under {@code src/test/resources/fixtures/}
 * (JSON with null for missing, or CSV; each folder's README says what produced them).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The JSON document at {@code fixtures/<path>}. */
    public static JsonNode json(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of numbers as doubles, null as NaN. */
    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return out;
    }

    /** A JSON array of strings, null as null. */
    public static String[] strings(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? null : array.get(i).asText();
        }
        return out;
    }

    /** A JSON array of whole numbers. */
    public static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    /** Each actual value equals the expected one within {@code tolerance}; NaN (missing) only where expected. */
    public static void assertValues(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("row %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("row %d", i).isCloseTo(expected[i], within(tolerance));
            }
        }
    }

    /** The values of {@code column} as labels (missing as null), to compare with {@link #strings}. */
    public static String[] labels(Column column) {
        return IntStream.range(0, column.size()).mapToObj(i -> column.isMissing(i) ? null : column.format(i))
                .toArray(String[]::new);
    }

    /** The fixture at {@code path} (below {@code fixtures/}), read as a frame. */
    public static Frame read(String path) {
        String resource = "/fixtures/" + path;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            assertThat(in).as("fixture %s", resource).isNotNull();
            return CsvReader.read(resource, in.readAllBytes(), CsvOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every column of {@code expected} is in {@code actual}, missing in the same rows, and elsewhere within
     * {@code tolerance} (absolute below 1, relative above).
     */
    public static void assertClose(Frame actual, Frame expected, double tolerance) {
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (String name : expected.names()) {
            NumericColumn a = actual.numeric(name);
            NumericColumn e = expected.numeric(name);
            for (int i = 0; i < e.size(); i++) {
                if (e.isMissing(i)) {
                    assertThat(a.isMissing(i)).as("column %s row %d is missing", name, i + 1).isTrue();
                } else {
                    assertThat(a.get(i)).as("column %s row %d", name, i + 1)
                            .isCloseTo(e.get(i), within(tolerance * Math.max(1, Math.abs(e.get(i)))));
                }
            }
        }
    }
}
