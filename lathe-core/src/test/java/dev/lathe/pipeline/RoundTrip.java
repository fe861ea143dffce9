package dev.lathe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.Persistable;
import dev.lathe.prep.FittedTransformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test helper: saves a fitted step to a model file, loads it back through the allow-list, compares. */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** {@code step} written to a temporary {@code .lathe} file and read back. */
    @SuppressWarnings("unchecked")
    public static <T extends Persistable> T saveAndLoad(T step) {
        try {
            Path dir = Files.createTempDirectory("lathe-roundtrip");
            Path file = dir.resolve("step.lathe");
            ModelArchive.write(file, Map.of(), step);
            Persistable back = ModelArchive.read(file, StepTypes.loaders(), ModelArchive.Limits.defaults()).root();
            Files.delete(file);
            Files.delete(dir);
            assertThat(back.getClass()).isEqualTo(step.getClass());
            return (T) back;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loaded copy of {@code fitted} transforms {@code data} to the same frame, bit for bit. */
    public static void assertSameTransform(FittedTransformer fitted, Frame data) {
        FittedTransformer back = saveAndLoad(fitted);
        assertBitIdentical(back.transform(data), fitted.transform(data));
    }

    /** Same names, types and values; numeric values compared by their bits (NaN equals NaN). */
    public static void assertBitIdentical(Frame actual, Frame expected) {
        assertThat(actual.schema()).isEqualTo(expected.schema());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            Column a = actual.column(c);
            Column e = expected.column(c);
            for (int i = 0; i < e.size(); i++) {
                if (e instanceof NumericColumn en) {
                    assertThat(Double.doubleToRawLongBits(((NumericColumn) a).get(i)))
                            .as("column %s row %d", e.name(), i).isEqualTo(Double.doubleToRawLongBits(en.get(i)));
                } else {
                    assertThat(a.format(i)).as("column %s row %d", e.name(), i).isEqualTo(e.format(i));
                }
            }
        }
    }
}
