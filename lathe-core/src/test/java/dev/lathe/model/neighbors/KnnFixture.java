package dev.lathe.model.neighbors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: {@code fixtures/neighbors/knn.json} (see the README there) as frames and arrays. */
final class KnnFixture {

    private KnnFixture() {
    }

    /** The fixture document. */
    static JsonNode json() {
        try (InputStream in = KnnFixture.class.getResourceAsStream("/fixtures/neighbors/knn.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fixtures/neighbors/knn.json");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row-major matrix node as a frame with columns x0, x1, ... */
    static Frame frame(JsonNode rows) {
        int d = rows.get(0).size();
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rows.get(i).get(j).asDouble();
            }
            columns.add(NumericColumn.wrap("x" + j, v));
        }
        return Frame.of(columns);
    }

    /** A numeric array node. */
    static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }
}
