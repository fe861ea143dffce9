package dev.lathe.prep.impute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.testing.JsonFixtures;

/** The fixed data of {@code fixtures/impute/simple_knn.json} as frames, with the reference outputs. */
final class ImputeData {

    /** The whole fixture: data and scikit-learn's outputs. */
    static final JsonNode REF = JsonFixtures.read("impute/simple_knn.json");

    private ImputeData() {
    }

    /** The training rows: numeric a, b, c and text s. */
    static Frame train() {
        return frame(REF.get("train"));
    }

    /** The new rows imputed with training statistics. */
    static Frame test() {
        return frame(REF.get("test"));
    }

    private static Frame frame(JsonNode part) {
        return Frame.of(NumericColumn.of("a", JsonFixtures.doubles(part.get("a"))),
                NumericColumn.of("b", JsonFixtures.doubles(part.get("b"))),
                NumericColumn.of("c", JsonFixtures.doubles(part.get("c"))),
                TextColumn.of("s", JsonFixtures.strings(part.get("s"))));
    }
}
