package dev.lathe.model.cluster;

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

/** Test helper: {@code fixtures/cluster/cluster.json} (scikit-learn 1.2.1, see the README there) as frames and arrays. */
public final class ClusterFixture {

    private static JsonNode cached;

    private ClusterFixture() {
    }

    /** The fixture document. */
    public static synchronized JsonNode json() {
        if (cached == null) {
            try (InputStream in = ClusterFixture.class.getResourceAsStream("/fixtures/cluster/cluster.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource fixtures/cluster/cluster.json");
                }
                cached = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    /** A column-major node (one array per feature) as a frame with columns x0, x1, ... */
    public static Frame frame(String key) {
        JsonNode cols = json().get(key);
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            columns.add(NumericColumn.wrap("x" + j, doubles(cols.get(j))));
        }
        return Frame.of(columns);
    }

    /** A numeric array node. */
    public static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    /** An integer array node. */
    public static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    /** A matrix node (array of rows). */
    public static double[][] matrix(JsonNode node) {
        double[][] out = new double[node.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = doubles(node.get(i));
        }
        return out;
    }
}
