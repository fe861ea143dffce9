package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extra trees: random thresholds, every row in every tree by default. */
class ExtraTreesTest {

    @Test
    void randomThresholdsStillSeparateTheClasses() {
        Frame wine = Datasets.wine();
        Frame x = wine.drop("class");
        ForestClassifierModel m = ((ExtraTreesClassifier) new ExtraTreesClassifier()
                .withParams(Map.of("n_estimators", 30))).fit(x, wine.column("class"));
        assertThat(ClassificationMetrics.accuracy(Targets.classes(wine.column("class")).codes(), m.predictProba(x)))
                .isEqualTo(1.0);
        assertThat(m.trees().get(0).cover(0)).isEqualTo(x.rowCount());
    }

    @Test
    void differsFromARandomForest() {
        Frame d = Datasets.diabetes();
        Frame x = d.drop("progression");
        double[] et = ((ExtraTreesRegressor) new ExtraTreesRegressor().withParams(Map.of("n_estimators", 5)))
                .fit(x, d.column("progression")).predict(x);
        double[] rf = ((RandomForestRegressor) new RandomForestRegressor().withParams(Map.of("n_estimators", 5)))
                .fit(x, d.column("progression")).predict(x);
        assertThat(et).isNotEqualTo(rf);
    }
}
