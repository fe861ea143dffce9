package dev.lathe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.model.Task;
import dev.lathe.prep.PrepStep;
import dev.lathe.prep.encode.OneHotEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default preparation keeps an unpenalised model's design full rank. */
class DefaultPreparationTest {

    private static final Frame DATA = Frame.of(
            NumericColumn.wrap("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8}),
            CategoricalColumn.of("g", new String[] {"a", "b", "c", "a", "b", "c", "a", "b"}),
            NumericColumn.wrap("y", new double[] {3.1, 6.9, 9.2, 9.8, 13.1, 15.2, 15.9, 19.1}));

    private static OneHotEncoder.Drop drop(String model) {
        List<PrepStep> steps = DefaultPreparation.steps(DATA.drop("y"), ModelCatalog.entry(model),
                ModelCatalog.estimator(model, Task.REGRESSION, Map.of()));
        return steps.stream().filter(s -> s instanceof OneHotEncoder).map(s -> ((OneHotEncoder) s).drop())
                .findFirst().orElseThrow();
    }

    @Test
    void unpenalisedModelsWithAnInterceptDropTheFirstLevelAndOthersKeepAll() {
        assertThat(drop("ols")).isEqualTo(OneHotEncoder.Drop.FIRST);
        assertThat(drop("quantile")).isEqualTo(OneHotEncoder.Drop.FIRST);
        assertThat(drop("ridge")).isEqualTo(OneHotEncoder.Drop.NONE);
        assertThat(drop("random_forest")).isEqualTo(OneHotEncoder.Drop.NONE);
    }

    @Test
    void olsOnACategoricalColumnFitsAndPredictsTheTrainingMeansOfItsCells() {
        Training.Result r = new Training("ols", Map.of(), 0.25, 7).run(DATA, DATA, "y", (pipeline, train, target) -> pipeline.fit(train, target));
        double[] p = r.pipeline().predict(DATA).numeric("prediction").toArray();
        assertThat(p).hasSize(8);
        // x plus the level of g explain y; the fit is a least-squares fit, so residuals sum to zero
        double residualSum = 0;
        for (int i = 0; i < p.length; i++) {
            residualSum += DATA.numeric("y").get(i) - p[i];
        }
        assertThat(residualSum).isCloseTo(0, within(1e-9));
    }
}
