package dev.lathe.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.prep.split.KFold;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordParamsTest {

    @Test
    void readsAndCopiesBySnakeCaseName() {
        KFold k = new KFold(5, true, 1);
        assertThat(k.params()).containsExactly(Map.entry("n_splits", 5), Map.entry("shuffle", true), Map.entry("seed", 1L));
        KFold changed = (KFold) k.withParams(Map.of("n_splits", "10", "shuffle", false));
        assertThat(changed).isEqualTo(new KFold(10, false, 1));
        assertThat(k).isEqualTo(new KFold(5, true, 1));
        assertThat(((BaselineRegressor) new BaselineRegressor().withParams(Map.of("strategy", "median"))).strategy())
                .isEqualTo(BaselineRegressor.Strategy.MEDIAN);
        assertThat(RecordParams.snake("nEstimators")).isEqualTo("n_estimators");
        assertThat(RecordParams.snake("C")).isEqualTo("C");
    }

    @Test
    void unknownNamesAndBadValuesAreClearErrors() {
        KFold k = new KFold();
        assertThatThrownBy(() -> k.withParams(Map.of("folds", 3)))
                .hasMessage("unknown hyperparameter 'folds' for KFold; known: n_splits, shuffle, seed");
        assertThatThrownBy(() -> k.withParams(Map.of("n_splits", 2.5)))
                .hasMessage("hyperparameter 'n_splits' expects a whole number, got 2.5");
        assertThatThrownBy(() -> k.withParams(Map.of("n_splits", "many")))
                .hasMessage("hyperparameter 'n_splits' expects a whole number, got 'many'");
        assertThatThrownBy(() -> k.withParams(Map.of("n_splits", 1))).hasMessage("n_splits must be at least 2, got 1");
        assertThatThrownBy(() -> new BaselineRegressor().withParams(Map.of("strategy", "mode")))
                .hasMessage("hyperparameter 'strategy' expects one of [mean, median], got 'mode'");
    }
}
