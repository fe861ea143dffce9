package dev.lathe.model.tree;

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

/**
 * The scikit-learn 1.2.1 reference trees in {@code src/test/resources/fixtures/tree/cart.json} (see the
 * README there for the script that wrote them).
 */
final class CartFixtures {

    static final JsonNode ROOT = read();

    private CartFixtures() {
    }

    private static JsonNode read() {
        try (InputStream in = CartFixtures.class.getResourceAsStream("/fixtures/tree/cart.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases. */
    static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        ROOT.get("cases").forEach(out::add);
        return out;
    }

    /** The features of data set {@code name} as columns x0, x1, ... */
    static Frame x(String name) {
        JsonNode cols = ROOT.get("data").get(name).get("x");
        List<Column> out = new ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            out.add(NumericColumn.wrap("x" + j, doubles(cols.get(j))));
        }
        return Frame.of(out);
    }

    /** The target of data set {@code name}: numeric, or class codes as text labels. */
    static Column y(String name, boolean classifier) {
        double[] y = doubles(ROOT.get("data").get(name).get("y"));
        if (!classifier) {
            return NumericColumn.wrap("y", y);
        }
        String[] labels = new String[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = Integer.toString((int) y[i]);
        }
        return dev.lathe.frame.CategoricalColumn.of("y", labels);
    }

    /** The row weights of data set {@code name}. */
    static double[] weights(String name) {
        return doubles(ROOT.get("data").get(name).get("weights"));
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
