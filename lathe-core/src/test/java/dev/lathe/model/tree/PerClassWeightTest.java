package dev.lathe.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Estimator;
import dev.lathe.model.SupportsSampleWeights;
import dev.lathe.model.ensemble.ExtraTreesClassifier;
import dev.lathe.model.ensemble.RandomForestClassifier;
import dev.lathe.param.HasParams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * class_weight as a map from class label to weight (scikit-learn's dict form) for the tree and both
 * forest classifiers; the tree against scikit-learn is in the fixtures (gini_class_weight_depth3).
 */
class PerClassWeightTest {

    private static final Frame IRIS = Datasets.iris();
    private static final Frame X = IRIS.drop("species");
    private static final Column Y = IRIS.column("species");

    private static List<HasParams> estimators() {
        return List.of(new DecisionTreeClassifier(), new RandomForestClassifier(), new ExtraTreesClassifier());
    }

    private static Estimator with(HasParams base, Object classWeight) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("class_weight", classWeight);
        settings.put("max_depth", 3);
        return (Estimator) base.withParams(settings);
    }

    @Test
    void aMapWeighsEachClasssRowsAsSampleWeightsWould() {
        Map<String, Object> perClass = Map.of("virginica", 3, "setosa", "0.5"); // versicolor left out: 1
        double[] rowWeights = new double[Y.size()];
        for (int i = 0; i < rowWeights.length; i++) {
            String label = Y.format(i);
            rowWeights[i] = label.equals("virginica") ? 3 : label.equals("setosa") ? 0.5 : 1;
        }
        for (HasParams base : estimators()) {
            Estimator weighted = with(base, perClass);
            Object byMap = weighted.fit(X, Y);
            Object bySample = ((SupportsSampleWeights) with(base, null)).fit(X, Y, rowWeights);
            assertThat(proba(byMap)).as(base.getClass().getSimpleName()).isDeepEqualTo(proba(bySample));
        }
    }

    private static double[][] proba(Object model) {
        return ((dev.lathe.model.Classifier) model).predictProba(X);
    }

    @Test
    void theMapIsKeptSortedWithTextLabelsAndDoubleWeights() {
        DecisionTreeClassifier tree = (DecisionTreeClassifier) with(new DecisionTreeClassifier(),
                Map.of("virginica", 3, "setosa", "0.5"));
        assertThat(tree.classWeight()).isEqualTo(Map.of("setosa", 0.5, "virginica", 3.0));
        assertThat(tree.params().get("class_weight")).isEqualTo(Map.of("setosa", 0.5, "virginica", 3.0));
    }

    @Test
    void labelsThatAreNotClassesAreNamed() {
        for (HasParams base : estimators()) {
            Estimator e = with(base, Map.of("setosa", 2.0, "rose", 1.0, "tulip", 3.0));
            assertThatThrownBy(() -> e.fit(X, Y)).as(base.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("class_weight names labels not among the classes of target 'species': rose, tulip;"
                            + " the classes are setosa, versicolor, virginica");
        }
        assertThatThrownBy(() -> with(new DecisionTreeClassifier(), Map.of("lily", 1.0)).fit(X, Y))
                .hasMessageStartingWith("class_weight names a label not among the classes of target 'species': lily;");
    }

    @Test
    void badWeightsAreClearErrors() {
        for (HasParams base : estimators()) {
            assertThatThrownBy(() -> with(base, Map.of("setosa", -1.0)))
                    .hasMessage("class_weight for class 'setosa' must be a finite number at least 0, got '-1.0'");
            assertThatThrownBy(() -> with(base, Map.of("setosa", "heavy")))
                    .hasMessage("class_weight for class 'setosa' must be a finite number at least 0, got 'heavy'");
            assertThatThrownBy(() -> with(base, Map.of("setosa", Double.NaN)))
                    .hasMessageContaining("class_weight for class 'setosa' must be a finite number");
            assertThatThrownBy(() -> with(base, 5))
                    .hasMessageContaining("a map from class label to weight, or empty, got '5'");
        }
        Map<Object, Object> twice = new HashMap<>();
        twice.put(1, 2.0);
        twice.put("1", 3.0);
        assertThatThrownBy(() -> with(new DecisionTreeClassifier(), twice))
                .hasMessage("class_weight names class '1' twice");
    }
}
