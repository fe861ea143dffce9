package dev.lathe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Model files saved by earlier versions (src/test/resources/compat, written by {@link CompatFixtures})
 * still load and predict exactly what they predicted when saved.
 */
class CompatibilityTest {

    @Test
    void everySavedFixtureLoadsAndPredictsTheSame() throws IOException, URISyntaxException {
        Path dir = Path.of(CompatibilityTest.class.getResource("/compat").toURI());
        List<Path> models;
        try (Stream<Path> files = Files.list(dir)) {
            models = files.filter(p -> p.toString().endsWith(".lathe")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            String base = model.getFileName().toString().replace(".lathe", "");
            FittedPipeline p = FittedPipeline.load(model);
            Frame input = CsvReader.read(dir.resolve(base + ".input.csv"));
            Frame expected = CsvReader.read(dir.resolve(base + ".expected.csv"), CsvOptions.defaults()
                    .withTypes(java.util.Map.of("prediction", p.task() == dev.lathe.model.Task.REGRESSION
                            ? dev.lathe.frame.ColumnType.NUMERIC : dev.lathe.frame.ColumnType.CATEGORICAL)));
            Frame actual = p.predict(input);
            assertThat(actual.names()).as(base).isEqualTo(expected.names());
            for (int c = 0; c < expected.columnCount(); c++) {
                for (int i = 0; i < expected.rowCount(); i++) {
                    assertThat(actual.column(c).format(i)).as("%s %s row %d", base, expected.column(c).name(), i)
                            .isEqualTo(expected.column(c).format(i));
                }
            }
        }
    }
}
