package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Features;
import dev.lathe.model.Task;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.persist.StepWriter;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lathe's TreeSHAP on XGBoost's own trees equals XGBoost 1.7.4's {@code pred_contribs} (the reference
 * implementation of exact path-dependent TreeSHAP), to single precision: fixture and generator in
 * {@code fixtures/explain/}.
 */
class XgboostContribsTest {

    private static final List<String> FEATURES = List.of("f0", "f1", "f2", "f3", "f4", "f5");

    /** One XGBoost tree: a row goes left ("yes") when value < split, i.e. value <= the float just below it. */
    private record XgbTree(int[] feature, double[] threshold, int[] left, int[] right, boolean[] missingLeft,
                           double[] cover, double[] leaf) implements TreeStructure {
        @Override
        public int nodeCount() {
            return feature.length;
        }

        @Override
        public boolean isLeaf(int node) {
            return feature[node] < 0;
        }

        @Override
        public int feature(int node) {
            return feature[node];
        }

        @Override
        public double threshold(int node) {
            return threshold[node];
        }

        @Override
        public int left(int node) {
            return left[node];
        }

        @Override
        public int right(int node) {
            return right[node];
        }

        @Override
        public boolean missingGoesLeft(int node) {
            return missingLeft[node];
        }

        @Override
        public double cover(int node) {
            return cover[node];
        }

        @Override
        public double[] value(int node) {
            return new double[] {leaf[node]};
        }

        @Override
        public List<String> featureNames() {
            return FEATURES;
        }
    }

    /** The XGBoost model as a Lathe tree model (test only: it is never saved). */
    private record XgbModel(List<TreeStructure> trees, double base) implements TreeExplainable {
        @Override
        public AdditiveTrees additiveTrees() {
            return new AdditiveTrees(trees, new int[trees.size()], 1, new double[] {base}, List.of("prediction"),
                    FEATURES);
        }

        @Override
        public double[][] treeInputs(Frame x) {
            return Features.matrixWithMissing(x.select(FEATURES));
        }

        @Override
        public String explainedScale() {
            return "prediction";
        }

        @Override
        public Task task() {
            return Task.REGRESSION;
        }

        @Override
        public String stepType() {
            return "xgboost_test_model";
        }

        @Override
        public void save(StepWriter out) {
            throw new UnsupportedOperationException("test model");
        }
    }

    @Test
    void treeShapOnXgboostTreesEqualsPredContribs() throws Exception {
        JsonNode fixture = JsonFixtures.read("explain/xgboost_contribs.json");
        List<TreeStructure> trees = new ArrayList<>();
        for (JsonNode t : fixture.get("trees")) {
            int n = t.size();
            int[] feature = new int[n];
            double[] threshold = new double[n];
            int[] left = new int[n];
            int[] right = new int[n];
            boolean[] missingLeft = new boolean[n];
            double[] cover = new double[n];
            double[] leaf = new double[n];
            for (JsonNode node : t) {
                int id = node.get("id").asInt();
                cover[id] = node.get("cover").asDouble();
                if (node.get("feature").isNull()) {
                    feature[id] = -1;
                    left[id] = -1;
                    right[id] = -1;
                    threshold[id] = Double.NaN;
                    leaf[id] = node.get("leaf").asDouble();
                } else {
                    feature[id] = node.get("feature").asInt();
                    threshold[id] = Math.nextDown((float) node.get("split").asDouble());
                    left[id] = node.get("yes").asInt();
                    right[id] = node.get("no").asInt();
                    missingLeft[id] = node.get("missing").asInt() == left[id];
                }
            }
            trees.add(new XgbTree(feature, threshold, left, right, missingLeft, cover, leaf));
        }
        JsonNode rows = fixture.get("rows");
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < FEATURES.size(); j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode cell = rows.get(i).get(j);
                v[i] = cell.isNull() ? Double.NaN : cell.asDouble();
            }
            columns.add(NumericColumn.wrap(FEATURES.get(j), v));
        }
        Explanation e = TreeShap.of(new XgbModel(trees, fixture.get("base_score").asDouble())).explain(Frame.of(columns));
        double worst = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode contribs = fixture.get("contribs").get(i);
            assertThat(e.predictions()[0][i]).isCloseTo(fixture.get("margin").get(i).asDouble(), within(1e-5));
            for (int j = 0; j < FEATURES.size(); j++) {
                worst = Math.max(worst, Math.abs(e.values()[0][i][j] - contribs.get(j).asDouble()));
            }
            assertThat(e.expectedValue()[0]).isCloseTo(contribs.get(FEATURES.size()).asDouble(), within(1e-5));
        }
        assertThat(worst).as("largest difference from pred_contribs").isLessThan(1e-6);
        assertThat(Arrays.stream(e.importance(0)).sum()).isGreaterThan(0);
    }
}
