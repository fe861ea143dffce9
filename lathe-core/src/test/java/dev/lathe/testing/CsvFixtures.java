package dev.lathe.testing;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Test helper: reads the CSV data sets and reference outputs stored as test resources (under
 * {@code src/test/resources/fixtures/}, each folder's README says what produced them) into frames, with the
 * reader's default options: detected delimiter, a header row, the default missing tokens, inferred types.
 */
public final class CsvFixtures {

    private CsvFixtures() {
    }

    /** The CSV at {@code fixtures/<path>}, read as a frame. */
    public static Frame read(String path) {
        return resource("fixtures/" + path);
    }

    /** The CSV test resource at {@code path} from the resources' root (e.g. {@code refs/engel.csv}), as a frame. */
    public static Frame resource(String path) {
        try (InputStream in = CsvFixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path);
            }
            return CsvReader.read(path, in.readAllBytes(), CsvOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
