package dev.lathe.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.model.Task;
import dev.lathe.pipeline.ModelCatalog;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.Training;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TuningTest {

    @Test
    void everyCatalogueModelHasADefaultSpaceOfItsOwnHyperparameters() {
        for (String name : ModelCatalog.names()) {
            ModelCatalog.Entry e = ModelCatalog.entry(name);
            for (Task task : Task.values()) {
                if (!task.unsupervised() && (task == Task.REGRESSION ? e.regression() : e.classification()) != null) {
                    PipelineParams.check(Pipeline.of(ModelCatalog.estimator(name, task, Map.of())), DefaultSpaces.of(name));
                }
            }
        }
        assertThat(DefaultSpaces.of("quantile").dimensions()).isEmpty();
        assertThat(DefaultSpaces.of("gradient_boosting").names())
                .containsExactly("learning_rate", "max_leaf_nodes", "min_samples_leaf", "l2_regularization");
        assertThatThrownBy(() -> DefaultSpaces.of("forest")).hasMessageStartingWith("unknown model 'forest'; known: ");
    }

    @Test
    void tunedTrainingReportsTheBestTrialsParamsAndScoresItOnTheTestRows() {
        Tuning.Result r = new Tuning("random", 4, 3, 1).run(new Training("ridge", Map.of(), 0.2, 0),
                Datasets.diabetes(), null, "progression");
        assertThat(r.search().trials()).hasSize(4);
        assertThat(r.search().metrics()).containsExactly("r2", "rmse", "mae");
        assertThat(r.training().params().get("alpha")).isEqualTo(r.search().best().params().get("alpha"));
        assertThat(r.training().metrics()).containsKeys("rmse", "r2");
        assertThat(r.training().trainRows()).isEqualTo(353);
        assertThat(r.search().refitted().provenance().trainingRows()).isEqualTo(353);
    }

    @Test
    void badTuningOptionsAreClearErrors() {
        assertThatThrownBy(() -> new Tuning("tpe", 10, 5, 0)).hasMessage("unknown tuning method 'tpe'; known: grid, random, bayes");
        assertThatThrownBy(() -> new Tuning("grid", 0, 5, 0)).hasMessage("trials must be at least 1, got 0");
        assertThatThrownBy(() -> new Tuning("grid", 10, 1, 0)).hasMessage("cv folds must be at least 2, got 1");
    }
}
