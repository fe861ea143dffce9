package dev.lathe.prep.impute;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.persist.ModelFileException;
import dev.lathe.persist.Persistable;
import dev.lathe.pipeline.RoundTrip;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inconsistent saved imputers are refused on loading with a message naming the step and the fault. */
class SavedStepValidationTest {

    private static final double NA = Double.NaN;

    @Test
    void numericImputer() {
        assertRefused(new NumericImputer.Fitted(List.of("a", "b"), new double[]{1}, List.of()),
                "(numeric_imputer) has 2 columns but 1 fill values");
        assertRefused(new NumericImputer.Fitted(List.of("a"), new double[]{NA}, List.of()),
                "(numeric_imputer) has no fill value for column 'a'");
        assertRefused(new NumericImputer.Fitted(List.of("a"), new double[]{1}, List.of("z")),
                "(numeric_imputer) has an indicator for column 'z', which is not among its columns [a]");
    }

    @Test
    void categoricalImputer() {
        assertRefused(new CategoricalImputer.Fitted(List.of("g"), List.of(), List.of()),
                "(categorical_imputer) has 1 columns but 0 fill labels");
    }

    @Test
    void knnImputer() {
        double[][] training = {{1, 2}, {3, NA}};
        assertRefused(new KnnImputer.Fitted(List.of("a", "b"), 0, KnnImputer.Weights.UNIFORM, training,
                new double[]{1.5, 3}, List.of()), "(knn_imputer) has n_neighbors 0, expected at least 1");
        assertRefused(new KnnImputer.Fitted(List.of("a", "b"), 2, KnnImputer.Weights.UNIFORM, training,
                new double[]{1.5}, List.of()), "(knn_imputer) has 2 columns but 1 means");
        assertRefused(new KnnImputer.Fitted(List.of("a", "b"), 2, KnnImputer.Weights.UNIFORM,
                new double[][]{{1, 2}, {3}}, new double[]{1.5, 3}, List.of()),
                "(knn_imputer) has 1 training rows for column 'b', expected 2");
        assertRefused(new KnnImputer.Fitted(List.of("a", "b"), 2, KnnImputer.Weights.UNIFORM,
                new double[][]{{1, 2}, {NA, NA}}, new double[]{1.5, NA}, List.of()),
                "(knn_imputer) has no training value for column 'b'");
    }

    private static void assertRefused(Persistable step, String message) {
        assertThatThrownBy(() -> RoundTrip.saveAndLoad(step)).isInstanceOf(ModelFileException.class)
                .hasMessageEndingWith(message);
    }
}
