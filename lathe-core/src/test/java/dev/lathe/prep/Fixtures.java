package dev.lathe.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: reference outputs of other libraries, stored as CSV under {@code fixtures/} (see their README). */
public final class Fixtures {

    private Fixtures() {
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
