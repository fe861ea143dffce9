package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> unshuffledSplittersAgreeWithScikitLearn() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/split/sklearn_splits.json")) {
            root = JSON.readTree(in);
        }
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
        Map<String, Object> params = JSON.convertValue(c.get("params"), Map.class);
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
            assertThat(folds.get(f).train()).as("train of fold %d", f).containsExactly(ints(expected.get(f).get("train")));
            assertThat(folds.get(f).test()).as("test of fold %d", f).containsExactly(ints(expected.get(f).get("test")));
        }
    }

    /** Numbers become a numeric column, text a categorical one; JSON null gives no column. */
    private static Column column(String name, JsonNode values) {
        if (!values.isArray()) {
            return null;
        }
        if (values.get(0).isNumber()) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i).asDouble();
            }
            return NumericColumn.of(name, v);
        }
        String[] labels = new String[values.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = values.get(i).asText();
        }
        return CategoricalColumn.of(name, labels);
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }
}
