package dev.lathe.model.svm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** C-SVC behaviour beyond the reference values: probabilities, bad input, sample weights. */
class SvcTest {

    private static final Frame IRIS = Datasets.iris();
    private static final Frame X = IRIS.drop("species");

    @Test
    void probabilitiesSumToOneAndFollowTheDecision() {
        SvcModel m = new Svc().fit(X, IRIS.column("species"));
        double[][] p = m.predictProba(X);
        String[] predicted = m.predict(X);
        int agree = 0;
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i][0] + p[i][1] + p[i][2]).isCloseTo(1, within(1e-9));
            int best = p[i][0] >= p[i][1] && p[i][0] >= p[i][2] ? 0 : p[i][1] >= p[i][2] ? 1 : 2;
            agree += m.classes().get(best).equals(predicted[i]) ? 1 : 0;
        }
        assertThat(agree).as("argmax of probabilities agrees with the votes on most rows").isGreaterThan(140);
    }

    @Test
    void aQueryWithoutOneOfTheFeaturesIsAClearError() {
        SvcModel m = ((Svc) new Svc().withParams(Map.of("probability", false))).fit(X, IRIS.column("species"));
        assertThatThrownBy(() -> m.predict(X.drop("petal_width"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fitted on 4 features").hasMessageContaining("'petal_width'");
    }

    @Test
    void gammaAtMostZeroIsAClearError() {
        assertThatThrownBy(() -> new Svc().withParams(Map.of("gamma", 0.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma must be scale, auto or a finite number greater than 0, got 0.0");
        assertThatThrownBy(() -> new Svc().withParams(Map.of("gamma", "-1")))
                .hasMessageContaining("gamma must be");
        assertThatThrownBy(() -> new Svc().withParams(Map.of("gamma", "large"))).hasMessageContaining("got large");
    }

    @Test
    void cAtMostZeroIsAClearError() {
        assertThatThrownBy(() -> new Svc().withParams(Map.of("C", 0.0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C must be a finite number greater than 0, got 0.0");
    }

    @Test
    void aSingleClassIsAClearError() {
        String[] one = new String[X.rowCount()];
        java.util.Arrays.fill(one, "setosa");
        assertThatThrownBy(() -> new Svc().fit(X, dev.lathe.frame.CategoricalColumn.of("species", one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single class");
    }

    @Test
    void aSampleWeightOfTwoActsAsARepeatedRowsPenalty() {
        double[] w = new double[X.rowCount()];
        java.util.Arrays.fill(w, 2.0);
        Svc svc = (Svc) new Svc().withParams(Map.of("probability", false));
        SvcModel weighted = svc.fit(X, IRIS.column("species"), w);
        SvcModel doubled = ((Svc) svc.withParams(Map.of("C", 2.0))).fit(X, IRIS.column("species"));
        double[][] a = weighted.pairwiseDecision(X);
        double[][] b = doubled.pairwiseDecision(X);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).containsExactly(b[i], within(1e-12));
        }
    }

    @Test
    void aConstantFeatureWithGammaScaleStillFits() {
        Frame x = X.withColumn(NumericColumn.wrap("constant", new double[X.rowCount()]));
        assertThat(new Svc().fit(x, IRIS.column("species")).predict(x)).hasSize(150);
    }
}
