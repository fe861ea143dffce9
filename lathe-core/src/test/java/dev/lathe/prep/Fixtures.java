package dev.lathe.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.stream.IntStream;

/**
 * Test helper: compares values with the reference outputs of other libraries stored under
 * {@code src/test/resources/fixtures/} (each folder's README says what produced them), which are read through
 * {@link dev.lathe.testing.CsvFixtures} and {@link dev.lathe.testing.JsonFixtures}.
 */
public final class Fixtures {

    private Fixtures() {
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

    /** The values of {@code column} as labels (missing as null), to compare with {@link dev.lathe.testing.JsonFixtures#strings}. */
    public static String[] labels(Column column) {
        return IntStream.range(0, column.size()).mapToObj(i -> column.isMissing(i) ? null : column.format(i))
                .toArray(String[]::new);
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
