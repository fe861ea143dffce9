package dev.lathe.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.eval.Bootstrap;
import dev.lathe.frame.Frame;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.pipeline.Training;
import dev.lathe.prep.split.TrainTestSplit;
import dev.lathe.report.chart.SvgXml;
import dev.lathe.report.html.Report;
import dev.lathe.report.html.Section;
import dev.lathe.tune.HoldOutEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportTest {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    @TempDir
    Path dir;

    /** Trains {@code model} on 70% of the bundled data set, evaluates on the rest; with the training rows when asked. */
    private Report report(String dataset, String model, boolean withTraining) throws Exception {
        Frame data = Datasets.load(dataset);
        String target = data.names().get(data.columnCount() - 1);
        boolean classification = !dataset.equals("diabetes");
        TrainTestSplit split = classification ? TrainTestSplit.stratified(0.3, 1)
                : new TrainTestSplit(0.3, TrainTestSplit.Mode.RANDOM, null, null, 0, 1);
        TrainTestSplit.Parts parts = split.frames(data, target);
        Path file = dir.resolve(dataset + ".lathe");
        new Training(model, Map.of(), 0.2, 0).run(parts.train(), parts.test(), target).pipeline().save(file);
        SavedPipeline saved = SavedPipeline.load(file);
        HoldOutEvaluation.Result result = new HoldOutEvaluation(new Bootstrap(200, 0.95, 0))
                .run(saved.pipeline(), parts.test(), withTraining ? parts.train() : null);
        return EvaluationReport.of(saved, dataset + "-test.csv", result, "200 resamples, 95%");
    }

    private static List<String> titles(Report report) {
        return report.sections().stream().map(Section::title).toList();
    }

    private static List<String> svgs(String html) throws Exception {
        Matcher m = SVG.matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
            assertThat(SvgXml.parse(m.group()).getDocumentElement().getAttribute("viewBox")).isNotEmpty();
        }
        return out;
    }

    @Test
    void aBinaryReportHasTheMetricsConfusionMatrixCurvesLearningCurveAndProvenance() throws Exception {
        Report report = report("breast_cancer", "logistic_regression", true);
        assertThat(titles(report)).containsExactly("Summary", "Metrics", "Confusion matrix",
                "ROC, precision-recall and calibration", "Learning curve", "Bias and variance", "Model provenance");
        String html = report.toHtml();
        assertThat(svgs(html)).hasSize(5);
        assertThat(html).contains("0-1 loss after Domingos", ">net_variance<");
        assertThat(html).contains("<figcaption>Confusion matrix (counts)</figcaption>", "<figcaption>ROC</figcaption>",
                "<figcaption>Precision-recall</figcaption>", "<figcaption>Calibration (10 bins)</figcaption>",
                "<figcaption>Learning curve (accuracy)</figcaption>");
        assertThat(html).contains(">roc_auc<", ">brier_score<", ">matthews_corrcoef<", "learned from the training data",
                "training data fingerprint", "logistic_regression");
        assertThat(html).contains("beats the baseline");
    }

    @Test
    void aMultiClassReportDrawsOneCurvePerClassAndSaysWhyTheBrierScoreIsMissing() throws Exception {
        Report report = report("iris", "logistic_regression", false);
        assertThat(titles(report)).containsExactly("Summary", "Metrics", "Confusion matrix",
                "ROC, precision-recall and calibration", "Model provenance");
        String html = report.toHtml();
        assertThat(svgs(html)).hasSize(4);
        String curves = html.substring(html.indexOf("ROC, precision-recall and calibration</h2>"));
        assertThat(curves).contains("<td>setosa</td>", "<td>versicolor</td>", "<td>virginica</td>");
        assertThat(html).contains("learned from the evaluation target",
                "brier_score is not defined: the Brier score (scikit-learn&#39;s brier_score_loss) needs two classes");
    }

    @Test
    void aRegressionReportHasTheResidualDiagnostics() throws Exception {
        Report report = report("diabetes", "ridge", true);
        assertThat(titles(report)).containsExactly("Summary", "Metrics", "Residuals", "Learning curve",
                "Bias and variance", "Model provenance");
        String html = report.toHtml();
        assertThat(svgs(html)).hasSize(4);
        assertThat(html).contains("<figcaption>Residuals against fitted values</figcaption>",
                "<figcaption>Normal Q-Q plot of the residuals</figcaption>",
                "<figcaption>Histogram of the residuals</figcaption>", "<figcaption>Learning curve (r2)</figcaption>",
                ">rmse<", ">explained_variance<", "learned from the training data");
    }

    @Test
    void theBinaryReportRendersToANonBlankPageInChromium() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("evaluation-report.html");
        report("breast_cancer", "logistic_regression", true).write(html);
        Chromium.screenshot(html, target.resolve("evaluation-report.png"), 2000, dir);
    }
}
