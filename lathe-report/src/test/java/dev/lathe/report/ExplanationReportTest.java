package dev.lathe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.explain.Explanation;
import dev.lathe.explain.PermutationImportance;
import dev.lathe.explain.PipelineExplainer;
import dev.lathe.frame.Frame;
import dev.lathe.model.ensemble.RandomForestClassifier;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.report.chart.ShapBeeswarm;
import dev.lathe.report.chart.ShapDependence;
import dev.lathe.report.chart.ShapWaterfall;
import dev.lathe.report.chart.Svg;
import dev.lathe.report.chart.SvgXml;
import dev.lathe.report.html.Report;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SHAP chart kinds and the explanation sections: well-formed SVG, the expected figures, clear refusals. */
class ExplanationReportTest {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    @Test
    void sectionsHoldSummaryWaterfallDependenceAndImportance() throws Exception {
        Frame iris = Datasets.iris();
        FittedPipeline p = Pipeline.of(new RandomForestClassifier()).fit(iris, "species");
        Explanation e = PipelineExplainer.explain(p, iris, iris, PipelineExplainer.Options.defaults());
        PermutationImportance.Result pi = new PermutationImportance(null, 2, 0).compute(p, iris);
        Report report = ExplanationReport.of("Explanations: iris", e, PipelineExplainer.interactions(p, iris.head(30)), pi);
        String html = report.toHtml();
        assertThat(html).contains("SHAP summary (setosa)", "Waterfall of the first explained row",
                "SHAP dependence", "coloured by", "Permutation importance", "petal_length");
        Matcher m = SVG.matcher(html);
        int charts = 0;
        while (m.find()) {
            assertThat(SvgXml.parse(m.group()).getDocumentElement().getAttribute("viewBox")).isNotEmpty();
            charts++;
        }
        assertThat(charts).isEqualTo(3 * 2 + 4);
    }

    @Test
    void chartsDrawTheirPointsAndBars() throws Exception {
        double[][] shap = {{1, -2}, {0.5, 0.25}, {-1, 3}};
        double[][] values = {{1, 2, 3}, {Double.NaN, 5, 6}};
        Svg bees = ShapBeeswarm.of("bees", List.of("a", "b"), shap, values, 10);
        assertThat(bees.markup().split("<circle", -1)).hasSize(7);
        SvgXml.parse(bees.markup());
        Svg fall = ShapWaterfall.of("fall", List.of("a = 1", "b = 2", "c = 3"), new double[] {1, -2, 0.1}, 5, 2);
        assertThat(fall.markup()).contains("1 other features", "f(x) = 4.1");
        SvgXml.parse(fall.markup());
        Svg dep = ShapDependence.of("dep", "a", new double[] {1, 2, Double.NaN}, new double[] {0.1, 0.2, 0.3}, "b",
                new double[] {3, 4, 5});
        assertThat(dep.markup().split("<circle", -1)).hasSize(3);
        SvgXml.parse(dep.markup());
    }

    @Test
    void chartsRefuseMismatchedInput() {
        assertThatThrownBy(() -> ShapBeeswarm.of("t", List.of("a"), new double[][] {{1, 2}}, new double[][] {{1}}, 5))
                .hasMessageContaining("one SHAP value per feature");
        assertThatThrownBy(() -> ShapWaterfall.of("t", List.of("a"), new double[] {1, 2}, 0, 5))
                .hasMessageContaining("one label per SHAP value");
        assertThatThrownBy(() -> ShapDependence.of("t", "a", new double[] {1}, new double[] {1, 2}, null, null))
                .hasMessageContaining("as many values");
        assertThatThrownBy(() -> ShapDependence.of("t", "a", new double[] {Double.NaN}, new double[] {1}, null, null))
                .hasMessageContaining("no numeric values");
    }
}
