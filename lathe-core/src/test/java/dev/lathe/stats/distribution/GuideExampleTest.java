package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.TargetAssociation;
import dev.lathe.stats.VarianceInflation;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/distributions-and-associations.md. */
class GuideExampleTest {

    @Test
    void guideExampleRuns() {
        Frame data = Frame.of(NumericColumn.of("income", 21.5, 35.0, 18.2, 64.9, 27.3, Double.NaN, 41.8, 30.1, 22.7, 55.0),
                CategoricalColumn.of("region", "n", "s", "n", "e", "s", "n", "e", "s", "n", "e"),
                NumericColumn.of("spend", 3.1, 5.5, 2.0, 9.8, 4.1, 3.3, 6.2, 4.4, 2.9, 8.1));
        NumericColumn income = data.numeric("income");

        Histogram histogram = Histogram.of(income);
        KernelDensity density = KernelDensity.of(income, Bandwidth.SILVERMAN);
        Curve curve = density.grid();
        NormalityResult sw = ShapiroWilk.test(income);
        AndersonDarling ad = AndersonDarling.test(income);
        FitRanking ranking = DistributionFits.rank(income);
        DistributionFit best = ranking.best();

        TargetAssociation toSpend = TargetAssociation.of(data, "spend");
        VarianceInflation vif = VarianceInflation.of(data);

        assertThat(histogram.missing()).isEqualTo(1);
        assertThat(curve.x()).hasSize(200);
        assertThat(sw.pValue()).isBetween(0.0, 1.0);
        assertThat(ad.criticalValues()).hasSize(5);
        assertThat(ranking.fits()).hasSize(5);
        assertThat(ranking.skipped()).containsOnlyKeys(DistributionFamily.BETA, DistributionFamily.POISSON,
                DistributionFamily.NEGATIVE_BINOMIAL);
        assertThat(best.aic()).isLessThanOrEqualTo(ranking.fits().get(1).aic());
        assertThat(toSpend.ranking().get(0).column()).isEqualTo("income");
        assertThat(vif.names()).containsExactly("income", "spend");
    }
}
