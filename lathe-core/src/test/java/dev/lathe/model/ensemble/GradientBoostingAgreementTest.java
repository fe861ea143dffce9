package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.data.Datasets;
import dev.lathe.eval.RegressionMetrics;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.testing.JsonFixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-validated quality agrees with scikit-learn 1.2.1's HistGradientBoosting within one point on the
 * bundled data (reference scores and the script that wrote them: fixtures/boosting/README.md).
 */
class GradientBoostingAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "diabetes"})
    void crossValidatedScoreWithinOnePointOfScikitLearn(String name) {
        JsonNode ref = JsonFixtures.read("boosting/sklearn_cv.json").path("scores").path(name);
        Frame data = Datasets.load(name);
        String target = Datasets.target(name);
        Frame x = data.drop(target);
        Column y = data.column(target);
        int n = x.rowCount();
        double sum = 0;
        for (int k = 0; k < 5; k++) {
            int fold = k;
            int[] train = IntStream.range(0, n).filter(i -> i % 5 != fold).toArray();
            int[] test = IntStream.range(0, n).filter(i -> i % 5 == fold).toArray();
            if (ref.path("metric").asText().equals("accuracy")) {
                GradientBoostingClassifier.Fitted m = new GradientBoostingClassifier().fit(x.take(train), y.take(train));
                String[] labels = m.predict(x.take(test));
                long right = IntStream.range(0, test.length).filter(i -> labels[i].equals(y.format(test[i]))).count();
                sum += (double) right / test.length;
            } else {
                GradientBoostingRegressor.Fitted m = new GradientBoostingRegressor().fit(x.take(train), y.take(train));
                sum += RegressionMetrics.r2(Targets.numeric(y.take(test)), m.predict(x.take(test)));
            }
        }
        assertThat(sum / 5).isCloseTo(ref.path("mean").asDouble(), within(0.01));
    }
}
