package dev.lathe.frame.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {

    @Test
    void writesWhatTheReaderReadsBack(@TempDir Path dir) throws IOException {
        Frame f = Frame.of(
                NumericColumn.of("x", 1.5, -0.1, Double.NaN, 1e-300, 42),
                CategoricalColumn.of("c", "a,b", "plain", null, "a,b", "plain"),
                TextColumn.of("t", "say \"hi\"", "two\nlines", "NA", null, "ok"),
                BooleanColumn.of("b", true, false, null, true, false),
                TimestampColumn.of("ts", 0L, 1_700_000_000_123L, TimestampColumn.MISSING, 86_400_000L, 5L));
        Path file = dir.resolve("out.csv");
        CsvWriter.write(f, file);
        Frame back = CsvReader.read(file, CsvOptions.defaults().withCategoricalRatio(0.5));
        assertThat(back.schema()).isEqualTo(f.schema());
        assertThat(back.toString(10)).isEqualTo(f.toString(10));
        assertThat(back.text("t").get(2)).isEqualTo("NA");
        assertThat(back.text("t").isMissing(3)).isTrue();
        assertThat(back.timestamp("ts").epochMillis(1)).isEqualTo(1_700_000_000_123L);
        assertThat(Files.list(dir).toList()).containsExactly(file);
    }

    @Property(tries = 200)
    void numbersRoundTripExactly(@ForAll @Size(min = 1, max = 30) List<Double> values) throws IOException {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Frame f = Frame.of(NumericColumn.of("v", v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(f, out);
        Frame back = CsvReader.read("p.csv", out.toByteArray(), CsvOptions.defaults());
        assertThat(back.numeric("v").toArray()).containsExactly(v);
    }
}
