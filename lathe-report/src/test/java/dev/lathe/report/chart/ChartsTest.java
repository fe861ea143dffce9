package dev.lathe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.stats.BoxplotStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ChartsTest {

    private static final double[] X = {0, 0.25, 0.5, 0.75, 1};
    private static final double[] Y = {0, 0.6, 0.8, 0.9, 1};

    static Stream<Arguments> charts() {
        Map<String, BoxplotStats> groups = new LinkedHashMap<>();
        groups.put("a", BoxplotStats.of(new double[] {1, 2, 3, 4, 5, 40}));
        groups.put("<b & c>", BoxplotStats.of(new double[] {2, 3, 3, 4}));
        groups.put("empty", BoxplotStats.of(new double[] {Double.NaN}));
        ScoreBand band = new ScoreBand(new double[] {0.8, 0.85, 0.9}, new double[] {0.05, 0.04, 0.03});
        return Stream.of(
                Arguments.of("histogram", HistogramChart.of("t", "x", new double[] {0, 1, 2, 3}, new long[] {3, 5, 2})),
                Arguments.of("histogram with density", HistogramChart.withDensity("t", "x", new double[] {0, 1, 2, 3},
                        new long[] {3, 5, 2}, X, Y)),
                Arguments.of("box plot", BoxplotChart.of("t", "value", groups)),
                Arguments.of("vertical bars", BarChart.of("t", "level", List.of("a", "b"), new long[] {3, 1})),
                Arguments.of("horizontal bars", BarChart.of("t", "level", List.of("a long label here", "<x>"),
                        new long[] {3, 1})),
                Arguments.of("heatmap", Heatmap.of("t", List.of("a", "<b>"), List.of("a", "<b>"),
                        new double[][] {{1, -0.5}, {-0.5, Double.NaN}})),
                Arguments.of("missingness", MissingnessMatrix.of("t", List.of("a", "b"),
                        new boolean[][] {{false, true, false}, {false, false, false}})),
                Arguments.of("roc", ClassifierCurves.roc("t", List.of(new Curve("m", X, Y)))),
                Arguments.of("precision-recall", ClassifierCurves.precisionRecall("t", List.of(new Curve("m", X, Y)),
                        0.3)),
                Arguments.of("calibration", ClassifierCurves.calibration("t", List.of(new Curve("m", X, Y)))),
                Arguments.of("learning curve", ScoreCurves.learningCurve("t", new double[] {10, 20, 40}, band, band,
                        "accuracy")),
                Arguments.of("validation curve", ScoreCurves.validationCurve("t", "C", new double[] {0.1, 1, 10},
                        true, band, band, "accuracy")),
                Arguments.of("residuals", RegressionDiagnostics.residuals("t", X, Y)),
                Arguments.of("q-q", RegressionDiagnostics.qq("t", X, Y, 0, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void everyChartIsWellFormedInlineSvgWithViewBoxAndTitle(String kind, Svg svg) throws Exception {
        assertThat(svg.markup()).startsWith("<svg").doesNotContain("<?xml", "<!DOCTYPE");
        Document doc = SvgXml.parse(svg.markup());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(doc.getElementsByTagNameNS("*", "title").getLength()).isPositive();
        assertThat(svg.ids()).allMatch(id -> !id.startsWith("clip"));
    }

    @Test
    void xchartOutputHasStableIdsSoTwoRendersAreIdentical() {
        Svg a = ClassifierCurves.roc("t", List.of(new Curve("m", X, Y)));
        Svg b = ClassifierCurves.roc("t", List.of(new Curve("m", X, Y)));
        assertThat(a.markup()).isEqualTo(b.markup());
        assertThat(a.ids()).isNotEmpty().allMatch(id -> id.matches("c\\d+"));
    }

    @Test
    void heatmapPrintsValuesInSmallMatricesOnly() {
        double[][] small = {{1, 0.25}, {0.25, 1}};
        assertThat(Heatmap.of("t", List.of("a", "b"), List.of("a", "b"), small).markup()).contains(">0.25</text>");
        int n = 30;
        double[][] big = new double[n][n];
        List<String> names = java.util.stream.IntStream.range(0, n).mapToObj(i -> "c" + i).toList();
        assertThat(Heatmap.of("t", names, names, big).markup()).doesNotContain(">0.00</text>");
    }

    @Test
    void heatmapColoursRunFromBlueThroughWhiteToRed() {
        assertThat(Heatmap.color(-1)).isEqualTo("#2166AC");
        assertThat(Heatmap.color(0)).isEqualTo("#F7F7F7");
        assertThat(Heatmap.color(1)).isEqualTo("#B2182B");
        assertThat(Heatmap.color(7)).isEqualTo("#B2182B");
        assertThat(Heatmap.color(Double.NaN)).isEqualTo(Heatmap.MISSING);
    }

    @Test
    void missingCellsAreDarkAndLargeDataIsBanded() {
        boolean[][] missing = new boolean[1][100_000];
        missing[0][5] = true;
        Svg svg = MissingnessMatrix.of("t", List.of("a"), missing);
        assertThat(svg.markup()).contains("fill=\"" + MissingnessMatrix.PRESENT + "\"");
        assertThat(svg.markup().split("<rect", -1).length - 1).isLessThan(MissingnessMatrix.MAX_BANDS);
        boolean[][] all = {{true, true}};
        assertThat(MissingnessMatrix.of("t", List.of("a"), all).markup())
                .contains("fill=\"" + MissingnessMatrix.MISSING + "\"");
    }

    @Test
    void bandSharesDrawTheSameMatrixAsFlags() {
        boolean[][] missing = new boolean[2][300];
        double[][] shares = new double[2][150];
        for (int r = 0; r < 300; r++) {
            missing[0][r] = r < 30;
            missing[1][r] = r % 2 == 0;
        }
        for (int b = 0; b < 150; b++) {
            shares[0][b] = b < 15 ? 1 : 0;
            shares[1][b] = 0.5;
        }
        assertThat(MissingnessMatrix.ofBands("t", List.of("a", "b"), 300, shares, new double[] {0.1, 0.5})
                .markup()).isEqualTo(MissingnessMatrix.of("t", List.of("a", "b"), missing).markup());
        assertThatThrownBy(() -> MissingnessMatrix.ofBands("t", List.of("a", "b"), 3, new double[][] {{0}, {}},
                new double[] {0, 0})).hasMessage("column b has 0 bands, the first has 1 (at least one)");
    }

    @Test
    void boxPlotMarksEveryOutlierAndEscapesLabels() {
        Svg svg = BoxplotChart.of("t", "v", "<g>", BoxplotStats.of(new double[] {1, 2, 3, 4, 5, 40, -30}));
        assertThat(svg.markup().split("<circle", -1).length - 1).isEqualTo(2);
        assertThat(svg.markup()).contains("&lt;g&gt;").doesNotContain("<g>");
    }

    @Test
    void barsTurnHorizontalForLongLabelsOrManyLevels() {
        String vertical = BarChart.of("t", "l", List.of("a", "b"), new long[] {1, 2}).markup();
        String horizontal = BarChart.of("t", "l", List.of("a rather long label", "b"), new long[] {1, 2}).markup();
        assertThat(vertical).doesNotContain("<text");
        assertThat(horizontal).contains(">a rather long label</text>");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> HistogramChart.of("t", "x", new double[] {0, 1}, new long[] {1, 2}))
                .hasMessageContaining("one more edge than counts");
        assertThatThrownBy(() -> HistogramChart.of("t", "x", new double[] {0, 2, 1}, new long[] {1, 2}))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> HistogramChart.of("t", "x", new double[] {0, 1}, new long[] {-1}))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> BarChart.of("t", "x", List.of("a"), new long[] {1, 2}))
                .hasMessageContaining("one count per level");
        assertThatThrownBy(() -> Heatmap.of("t", List.of("a"), List.of("a", "b"), new double[][] {{1}}))
                .hasMessageContaining("row 0 has 1 values");
        assertThatThrownBy(() -> MissingnessMatrix.of("t", List.of("a", "b"), new boolean[][] {{true}, {}}))
                .hasMessageContaining("column b has 0 rows");
        assertThatThrownBy(() -> new Curve("m", new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("curve m");
        assertThatThrownBy(() -> XyPlot.of("t", "x", "y").line("a", new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("x has 2 values but y has 1");
        assertThatThrownBy(() -> XyPlot.sized("t", "x", "y", 50, 50)).hasMessageContaining("100 x 100");
    }
}
