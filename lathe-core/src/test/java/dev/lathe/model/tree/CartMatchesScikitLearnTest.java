package dev.lathe.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.testing.JsonFixtures;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On fixed data, CART grows the same tree as scikit-learn 1.2.1 (fixtures/tree/README.md): same split
 * features, the same midpoint thresholds, the same row counts, weights, impurities and leaf values, and
 * the same cost-complexity pruning path.
 */
class CartMatchesScikitLearnTest {

    static Stream<JsonNode> cases() {
        return CartFixtures.cases().stream();
    }

    private static Estimator estimator(JsonNode c) {
        boolean classifier = c.get("data").asText().equals("classification");
        Map<String, Object> params = JsonFixtures.map(c.get("params"));
        Estimator base = classifier ? new DecisionTreeClassifier() : new DecisionTreeRegressor();
        return (Estimator) base.withParams(params);
    }

    private static Tree fit(JsonNode c) {
        String data = c.get("data").asText();
        boolean classifier = data.equals("classification");
        Frame x = CartFixtures.x(data);
        Column y = CartFixtures.y(data, classifier);
        Estimator e = estimator(c);
        Object model = c.get("weighted").asBoolean()
                ? ((SupportsSampleWeights) e).fit(x, y, CartFixtures.weights(data)) : e.fit(x, y);
        return model instanceof TreeClassifierModel m ? m.tree() : ((TreeRegressorModel) model).tree();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void growsTheSameTree(JsonNode c) {
        Tree tree = fit(c);
        JsonNode ref = c.get("tree");
        assertThat(tree.nodeCount()).as("node count").isEqualTo(ref.get("feature").size());
        compare(tree, 0, ref, 0);
    }

    private static void compare(Tree tree, int node, JsonNode ref, int r) {
        String at = "node " + r;
        assertThat(tree.samples(node)).as(at + " samples").isEqualTo(ref.get("samples").get(r).asInt());
        assertThat(tree.cover(node)).as(at + " weight").isCloseTo(ref.get("weight").get(r).asDouble(), within(1e-9));
        assertThat(tree.impurity(node)).as(at + " impurity")
                .isCloseTo(ref.get("impurity").get(r).asDouble(), within(1e-9));
        double[] value = JsonFixtures.doubles(ref.get("value").get(r));
        assertThat(tree.value(node)).as(at + " value").containsExactly(value, within(1e-9));
        int feature = ref.get("feature").get(r).asInt();
        assertThat(tree.isLeaf(node)).as(at + " is a leaf").isEqualTo(feature < 0);
        if (feature >= 0) {
            assertThat(tree.feature(node)).as(at + " feature").isEqualTo(feature);
            assertThat(tree.threshold(node)).as(at + " threshold").isEqualTo(ref.get("threshold").get(r).asDouble());
            compare(tree, tree.left(node), ref, ref.get("left").get(r).asInt());
            compare(tree, tree.right(node), ref, ref.get("right").get(r).asInt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hasTheSamePruningPath(JsonNode c) {
        if (!c.has("path")) {
            return;
        }
        String data = c.get("data").asText();
        Estimator e = estimator(c);
        Frame x = CartFixtures.x(data);
        Column y = CartFixtures.y(data, data.equals("classification"));
        PruningPath path = e instanceof DecisionTreeClassifier d ? d.pruningPath(x, y)
                : ((DecisionTreeRegressor) e).pruningPath(x, y);
        assertThat(path.alphas()).containsExactly(JsonFixtures.doubles(c.get("path").get("alphas")), within(1e-9));
        assertThat(path.impurities())
                .containsExactly(JsonFixtures.doubles(c.get("path").get("impurities")), within(1e-9));
    }
}
