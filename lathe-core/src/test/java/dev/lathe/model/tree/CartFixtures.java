package dev.lathe.model.tree;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.List;

/**
 * The scikit-learn 1.2.1 reference trees in {@code src/test/resources/fixtures/tree/cart.json} (see the
 * README there for the script that wrote them).
 */
final class CartFixtures {

    static final JsonNode ROOT = JsonFixtures.read("tree/cart.json");

    private CartFixtures() {
    }

    /** The cases. */
    static List<JsonNode> cases() {
        return JsonFixtures.elements(ROOT.get("cases"));
    }

    /** The features of data set {@code name} as columns x0, x1, ... */
    static Frame x(String name) {
        return JsonFixtures.columnsFrame(ROOT.get("data").get(name).get("x"));
    }

    /** The target of data set {@code name}: numeric, or class codes as text labels. */
    static Column y(String name, boolean classifier) {
        double[] y = JsonFixtures.doubles(ROOT.get("data").get(name).get("y"));
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
        return JsonFixtures.doubles(ROOT.get("data").get(name).get("weights"));
    }
}
