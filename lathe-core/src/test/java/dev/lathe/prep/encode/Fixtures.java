package dev.lathe.prep.encode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.TextColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Test helper: turns the reference outputs under {@code fixtures/encode/} (see the README there) into columns. */
final class Fixtures {

    private Fixtures() {
    }

    /** Column {@code k} of a JSON array of rows. */
    static double[] matrixColumn(JsonNode rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = rows.get(i).get(k);
            out[i] = v.isNull() ? Double.NaN : v.asDouble();
        }
        return out;
    }

    /** An object of label arrays as a frame: categorical columns, or text columns when {@code asText}. */
    static Frame labelFrame(JsonNode columns, boolean asText) {
        List<Column> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] values = JsonFixtures.strings(e.getValue());
            out.add(asText ? TextColumn.of(e.getKey(), values) : CategoricalColumn.of(e.getKey(), values));
        }
        return Frame.of(out);
    }
}
