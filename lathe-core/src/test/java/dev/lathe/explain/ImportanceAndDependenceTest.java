package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.model.linear.LeastSquaresModel;
import dev.lathe.model.linear.LinearRegression;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Permutation importance, partial dependence and ICE curves on models whose answers are known. */
class ImportanceAndDependenceTest {

    private static final Frame DATA = ExplainData.numeric(400, 8);

    @Test
    void permutationImportanceRanksTheColumnsTheModelUses() {
        FittedPipeline p = Pipeline.of(new LinearRegression()).fit(DATA, "y");
        PermutationImportance.Result r = new PermutationImportance(null, 4, 1).compute(p, DATA);
        assertThat(r.metric()).isEqualTo("r2");
        assertThat(r.columns()).containsExactly("a", "b", "c", "d", "e");
        double[] mean = r.mean();
        assertThat(mean[0]).isGreaterThan(0.3);            // y = 2a + ...: a matters most
        assertThat(Math.abs(mean[3])).isLessThan(0.05);     // d is noise
        assertThat(r.std()[0]).isGreaterThanOrEqualTo(0);
        assertThat(r.decreases()[0]).hasSize(4);
        // the same seed gives the same shuffles
        assertThat(new PermutationImportance(null, 4, 1).compute(p, DATA).mean()).containsExactly(mean);
        // a lower-is-better metric still reports a positive decrease for an important column
        assertThat(new PermutationImportance("rmse", 2, 1).compute(p, DATA).mean()[0]).isGreaterThan(0);
        PermutationImportance.Result grouped = new PermutationImportance(null, 2, 1)
                .compute(p, DATA, Map.of("a_and_b", List.of("a", "b")));
        assertThat(grouped.columns()).containsExactly("a_and_b");
        assertThat(grouped.mean()[0]).isGreaterThan(mean[0] * 0.9);
    }

    @Test
    void classificationImportanceUsesProbabilitiesAndLabels() {
        Frame iris = Datasets.iris();
        FittedPipeline p = Pipeline.of(new LogisticRegression()).fit(iris, "species");
        PermutationImportance.Result r = new PermutationImportance("log_loss", 3, 0).compute(p, iris);
        assertThat(r.metric()).isEqualTo("log_loss");
        int best = 0;
        for (int g = 1; g < r.columns().size(); g++) {
            best = r.mean()[g] > r.mean()[best] ? g : best;
        }
        assertThat(r.columns().get(best)).startsWith("petal");
    }

    @Test
    void partialDependenceOfALinearModelIsItsSlope() {
        FittedPipeline p = Pipeline.of(new LinearRegression()).fit(DATA, "y");
        double slope = ((LeastSquaresModel) p.model()).linear().coefficient("a");
        PartialDependence.Curve c = PartialDependence.oneWay(p, DATA, "a", 10);
        assertThat(c.grid().size()).isEqualTo(10);
        double[] g = c.grid().values();
        double[] avg = c.average()[0];
        for (int i = 1; i < g.length; i++) {
            assertThat((avg[i] - avg[i - 1]) / (g[i] - g[i - 1])).isCloseTo(slope, within(1e-9));
        }
        assertThat(c.ice()[0].length).isEqualTo(DATA.rowCount());
        double mean = 0;
        for (double[] row : c.ice()[0]) {
            mean += row[3] / DATA.rowCount();
        }
        assertThat(mean).isCloseTo(avg[3], within(1e-9));
        PartialDependence.Surface s = PartialDependence.twoWay(p, DATA, "a", "b", 5);
        double slopeB = ((LeastSquaresModel) p.model()).linear().coefficient("b");
        assertThat(s.average()[0][2][1] - s.average()[0][2][0])
                .isCloseTo(slopeB * (s.second().values()[1] - s.second().values()[0]), within(1e-9));
    }

    @Test
    void categoricalColumnsUseTheirLevels() {
        Frame data = ExplainData.regression(300, 3);
        FittedPipeline p = Pipeline.of(new GradientBoostingRegressor()).fit(data, "y");
        PartialDependence.Curve c = PartialDependence.oneWay(p, data, "colour", 20);
        assertThat(c.grid().labels()).containsExactly("blue", "green", "red", "yellow");
        // blue and red raise the target by one
        assertThat(c.average()[0][0] - c.average()[0][1]).isGreaterThan(0.5);
    }

    @Test
    void badInputsAreRefusedClearly() {
        FittedPipeline p = Pipeline.of(new LinearRegression()).fit(DATA, "y");
        assertThatThrownBy(() -> PartialDependence.oneWay(p, DATA, "zzz", 10))
                .hasMessageContaining("unknown column 'zzz' for partial dependence")
                .hasMessageContaining("[a, b, c, d, e]");
        assertThatThrownBy(() -> PartialDependence.oneWay(p, DATA, "a", 1)).hasMessageContaining("grid size");
        assertThatThrownBy(() -> PartialDependence.twoWay(p, DATA, "a", "a", 5)).hasMessageContaining("two different");
        assertThatThrownBy(() -> new PermutationImportance(null, 0, 0)).hasMessageContaining("repeats");
        assertThatThrownBy(() -> new PermutationImportance(null, 1, 0).compute(p, DATA.drop("y")))
                .hasMessageContaining("needs the target column 'y'");
        assertThatThrownBy(() -> new PermutationImportance("accuracy", 1, 0).compute(p, DATA))
                .hasMessageContaining("for classification");
        assertThatThrownBy(() -> new PermutationImportance(null, 1, 0).compute(p, DATA, Map.of("g", List.of("q"))))
                .hasMessageContaining("group 'g' names column 'q'");
    }
}
