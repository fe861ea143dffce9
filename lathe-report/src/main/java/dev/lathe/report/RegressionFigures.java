package dev.lathe.report;

import dev.lathe.eval.RegressionEvaluation;
import dev.lathe.report.chart.HistogramChart;
import dev.lathe.report.chart.RegressionDiagnostics;
import dev.lathe.report.html.Figure;
import dev.lathe.report.html.Section;
import dev.lathe.stats.distribution.NormalQQ;
import java.util.List;

/** The regression section of an {@link EvaluationReport}: residuals against fitted values, Q-Q and histogram. */
final class RegressionFigures {

    private RegressionFigures() {
    }

    /** The residuals section. */
    static Section section(RegressionEvaluation e) {
        NormalQQ qq = e.residualQq();
        return Section.titled("Residuals")
                .paragraph("Residuals are target minus prediction. A pattern against the fitted values points to a "
                        + "missed non-linearity, a funnel to non-constant variance; points off the Q-Q line and a "
                        + "skewed histogram to errors far from normal.")
                .figures(List.of(
                        new Figure("Residuals against fitted values", RegressionDiagnostics.residuals(
                                "Residuals against fitted values", e.predicted(), e.residuals())),
                        new Figure("Normal Q-Q plot of the residuals", RegressionDiagnostics.qq("Normal Q-Q plot",
                                qq.theoretical(), qq.ordered(), qq.intercept(), qq.slope())),
                        new Figure("Histogram of the residuals", HistogramChart.of("Histogram of residuals",
                                "residual", e.residualHistogram().edges(), e.residualHistogram().counts()))));
    }
}
