package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Regressor;
import dev.lathe.testing.JsonFixtures;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forests reach scikit-learn 1.2.1's quality: five-fold cross-validated accuracy (R^2 for diabetes) on the
 * bundled data sets within 1 point of scikit-learn's forests on the same folds (fixtures/tree/README.md).
 */
class ForestQualityTest {

    static Stream<JsonNode> cases() {
        return JsonFixtures.elements(JsonFixtures.read("tree/forest_cv.json").get("cases")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void crossValidatedScoreWithinOnePointOfScikitLearn(JsonNode c) {
        String name = c.get("data").asText();
        Frame data = Datasets.load(name);
        String target = Datasets.target(name);
        boolean classify = !name.equals("diabetes");
        boolean extra = c.get("model").asText().equals("extra_trees");
        Estimator estimator = classify ? (extra ? new ExtraTreesClassifier() : new RandomForestClassifier())
                : (extra ? new ExtraTreesRegressor() : new RandomForestRegressor());
        int[] fold = new int[data.rowCount()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = c.get("fold").get(i).asInt();
        }
        double sum = 0;
        for (int k = 0; k < 5; k++) {
            int fk = k;
            int[] train = IntStream.range(0, fold.length).filter(i -> fold[i] != fk).toArray();
            int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == fk).toArray();
            Frame x = data.drop(target);
            Column y = data.column(target);
            var model = estimator.fit(x.take(train), y.take(train));
            Frame xt = x.take(test);
            Column yt = y.take(test);
            if (classify) {
                String[] predicted = ((Classifier) model).predict(xt);
                int right = 0;
                for (int i = 0; i < test.length; i++) {
                    right += predicted[i].equals(yt.format(i)) ? 1 : 0;
                }
                sum += (double) right / test.length;
            } else {
                sum += RegressionMetrics.r2(((NumericColumn) yt).toArray(), ((Regressor) model).predict(xt));
            }
        }
        double lathe = sum / 5;
        assertThat(lathe).as("Lathe %s on %s vs scikit-learn %.4f", c.get("model").asText(), name,
                c.get("score").asDouble()).isGreaterThanOrEqualTo(c.get("score").asDouble() - 0.01);
    }
}
