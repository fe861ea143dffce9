package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Unshuffled splitters give scikit-learn 1.2.1's index sets, fold by fold, on the cases of
 * {@code fixtures/split/sklearn_splits.json} (see the README beside it for the Python that made them).
 */
class ScikitLearnFixtureTest {

    @TestFactory
    Stream<DynamicTest> unshuffledSplittersAgreeWithScikitLearn() {
        JsonNode root = JsonFixtures.read("split/sklearn_splits.json");
        assertThat(root.get("sklearn").asText()).isEqualTo("1.2.1");
        assertThat(root.get("cases").size()).isEqualTo(16);
        return StreamSupport.stream(root.get("cases").spliterator(), false)
                .map(c -> DynamicTest.dynamicTest(c.get("splitter").asText() + " " + c.get("params") + " n=" + c.get("n"),
                        () -> check(c)));
    }

    private static void check(JsonNode c) {
        int n = c.get("n").asInt();
        Frame data = FoldChecks.rows(n);
        Column y = column("y", c.get("y"));
        if (c.get("groups").isArray()) {
            data = data.withColumn(column("g", c.get("groups")));
        }
        Map<String, Object> params = JsonFixtures.map(c.get("params"));
        Splitter defaults = switch (c.get("splitter").asText()) {
            case "KFold" -> new KFold();
            case "StratifiedKFold" -> new StratifiedKFold();
            case "GroupKFold" -> new GroupKFold("g");
            case "TimeSeriesSplit" -> new TimeSeriesSplit();
            default -> throw new IllegalStateException("unknown splitter " + c.get("splitter"));
        };
        List<Fold> folds = ((Splitter) defaults.withParams(params)).split(data, y);
        JsonNode expected = c.get("folds");
        assertThat(folds).hasSize(expected.size());
        for (int f = 0; f < folds.size(); f++) {
            assertThat(folds.get(f).train()).as("train of fold %d", f).containsExactly(JsonFixtures.ints(expected.get(f).get("train")));
            assertThat(folds.get(f).test()).as("test of fold %d", f).containsExactly(JsonFixtures.ints(expected.get(f).get("test")));
        }
    }

    /** Numbers become a numeric column, text a categorical one; JSON null gives no column. */
    private static Column column(String name, JsonNode values) {
        if (!values.isArray()) {
            return null;
        }
        if (values.get(0).isNumber()) {
            return NumericColumn.of(name, JsonFixtures.doubles(values));
        }
        return CategoricalColumn.of(name, JsonFixtures.strings(values));
    }
}
