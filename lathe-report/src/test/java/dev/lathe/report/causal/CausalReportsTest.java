package dev.lathe.report.causal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.causal.DidAnalysis;
import dev.lathe.stats.causal.DidRegression;
import dev.lathe.stats.causal.DidSpec;
import dev.lathe.stats.causal.PropensityEstimator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DiD and propensity reports show what their analyses hold, and only the parts that exist. */
class CausalReportsTest {

    @Test
    void twoByTwoReportHasTheTableAndRegressionButNoPanelSection() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 9};
        Frame f = Frame.of(NumericColumn.of("y", y), NumericColumn.of("g", 0, 0, 0, 0, 1, 1, 1, 1),
                NumericColumn.of("p", 0, 0, 1, 1, 0, 0, 1, 1));
        DidAnalysis a = DidAnalysis.run(f, DidSpec.of("y", "g", "p"), new DidRegression(), false);
        String html = DidReport.of("DiD <small>", a).toHtml();
        assertThat(html).contains("DiD &lt;small&gt;", "Table of means", "Regression: y ~ g + p + g:p", "classical",
                "Difference in differences 0.5 ", "<svg", "need unit and time columns")
                .doesNotContain("Event study", "Placebo test");
    }

    @Test
    void propensityReportWarnsAboutWeakOverlap() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 300;
        double[] x = new double[n];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 * r.nextGaussian();
            t[i] = r.nextDouble() < 1 / (1 + Math.exp(-2 * x[i])) ? 1 : 0;
            y[i] = x[i] + t[i] + r.nextGaussian();
        }
        Frame f = Frame.of(NumericColumn.of("x", x), NumericColumn.of("t", t), NumericColumn.of("y", y));
        var a = new PropensityEstimator("t", "y", List.of("x"), 100, 0.9, 1).fit(f);
        assertThat(a.minScore()).isLessThan(0.01);
        String html = PropensityReport.of("Propensity", a).toHtml();
        assertThat(html).contains("weak overlap", "Love plot", "90% CI low", "Propensity model: t ~ x");
    }
}
