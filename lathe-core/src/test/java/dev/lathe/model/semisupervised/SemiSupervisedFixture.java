package dev.lathe.model.semisupervised;

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

/** Test helper: {@code fixtures/semisupervised/semisupervised.json} (see the README there). */
final class SemiSupervisedFixture {

    static final JsonNode JSON = read();

    private SemiSupervisedFixture() {
    }

    private static JsonNode read() {
        try (InputStream in = SemiSupervisedFixture.class.getResourceAsStream(
                "/fixtures/semisupervised/semisupervised.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fixtures/semisupervised/semisupervised.json");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row-major matrix node as a frame with columns x0, x1, ... */
    static Frame frame(JsonNode rows) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < rows.get(0).size(); j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rows.get(i).get(j).asDouble();
            }
            columns.add(NumericColumn.wrap("x" + j, v));
        }
        return Frame.of(columns);
    }

    /** The fixture's target with -1 as missing (unlabelled). */
    static Column target() {
        return target(JSON.get("y"));
    }

    /** A target node with -1 as missing (unlabelled). */
    static Column target(JsonNode y) {
        double[] v = new double[y.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = y.get(i).asInt() < 0 ? Double.NaN : y.get(i).asInt();
        }
        return NumericColumn.wrap("y", v);
    }

    static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    static String[] labels(JsonNode node) {
        String[] out = new String[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asText();
        }
        return out;
    }
}
