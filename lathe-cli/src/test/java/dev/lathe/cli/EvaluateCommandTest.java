package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.eval.ClassificationMetrics;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.TestPredictions;
import dev.lathe.prep.split.TrainTestSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains with {@code lathe train} on 70% of a bundled data set, then evaluates on the held-out 30%. */
class EvaluateCommandTest {

    @TempDir
    static Path dir;
    static Path irisTrain;
    static Path irisTest;
    static Path irisModel;
    static Path cancerTrain;
    static Path cancerTest;
    static Path cancerModel;
    static Path diabetesTest;
    static Path diabetesModel;

    private static Path[] split(String dataset, String target, boolean stratified) throws IOException {
        TrainTestSplit s = stratified ? TrainTestSplit.stratified(0.3, 1)
                : new TrainTestSplit(0.3, TrainTestSplit.Mode.RANDOM, null, null, 0, 1);
        TrainTestSplit.Parts parts = s.frames(Datasets.load(dataset), target);
        Path train = dir.resolve(dataset + "-train.csv");
        Path test = dir.resolve(dataset + "-test.csv");
        CsvWriter.write(parts.train(), train);
        CsvWriter.write(parts.test(), test);
        return new Path[] {train, test};
    }

    private static Path train(Path data, String target, String model) {
        Path file = dir.resolve(data.getFileName().toString().replace("-train.csv", ".lathe"));
        CommandRun run = CommandRun.of("train", data.toString(), "--target", target, "--model", model, "-o",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    @BeforeAll
    static void trainModels() throws IOException {
        Path[] iris = split("iris", "species", true);
        irisTrain = iris[0];
        irisTest = iris[1];
        irisModel = train(irisTrain, "species", "logistic_regression");
        Path[] cancer = split("breast_cancer", "diagnosis", true);
        cancerTrain = cancer[0];
        cancerTest = cancer[1];
        cancerModel = train(cancerTrain, "diagnosis", "logistic_regression");
        Path[] diabetes = split("diabetes", "progression", false);
        diabetesTest = diabetes[1];
        diabetesModel = train(diabetes[0], "progression", "ols");
    }

    @Test
    void printsAMetricsTableWithIntervalsAndTheBaselineThatMatchesTheLibrary() throws IOException {
        CommandRun run = CommandRun.of("evaluate", irisModel.toString(), irisTest.toString(), "--bootstrap", "200");
        assertThat(run.exitCode()).as(run.err()).isZero();
        FittedPipeline fitted = FittedPipeline.load(irisModel);
        var p = (TestPredictions.Classification) TestPredictions.of(fitted, CsvReader.read(irisTest), "species");
        String accuracy = String.format(java.util.Locale.ROOT, "%.4f", ClassificationMetrics.accuracy(p.truth(),
                p.proba()));
        assertThat(run.out()).startsWith("iris.lathe: classification of 'species' on 45 rows of iris-test.csv\n"
                + "baseline: class frequencies, learned from the evaluation target\n"
                + "95% intervals from 200 bootstrap resamples (seed 0)\n");
        assertThat(run.out()).containsPattern("metric +value +lower +upper +baseline")
                .containsPattern("accuracy +" + accuracy + " +\\d\\.\\d{4} +\\d\\.\\d{4} +0\\.3333")
                .containsPattern("brier_score +not defined: the Brier score")
                .contains("confusion matrix (rows true class, columns predicted)");
    }

    @Test
    void jsonCarriesTheSameContentAsDataAndTheReportIsWritten() throws IOException {
        Path report = dir.resolve("cancer.html");
        CommandRun run = CommandRun.of("evaluate", cancerModel.toString(), cancerTest.toString(), "--json",
                "--train", cancerTrain.toString(), "--bootstrap", "100", "--seed", "3", "-o", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("task").asText()).isEqualTo("classification");
        assertThat(doc.path("baseline").path("fitted_on").asText()).isEqualTo("training data");
        JsonNode auc = doc.path("metrics").path("roc_auc");
        assertThat(auc.path("lower").asDouble()).isLessThanOrEqualTo(auc.path("value").asDouble());
        assertThat(auc.path("upper").asDouble()).isGreaterThanOrEqualTo(auc.path("value").asDouble());
        assertThat(auc.path("baseline").asDouble()).isEqualTo(0.5);
        assertThat(doc.path("confusion_matrix")).hasSize(2);
        assertThat(doc.path("curves").get(0).path("class").asText()).isEqualTo("malignant");
        assertThat(doc.path("learning_curve").path("points")).hasSize(5);
        JsonNode bv = doc.path("bias_variance");
        assertThat(bv.path("loss").asText()).isEqualTo("zero_one");
        assertThat(bv.path("rounds").asInt()).isEqualTo(20);
        assertThat(bv.path("components").path("expected_loss").asDouble()).isCloseTo(
                bv.path("components").path("bias").asDouble() + bv.path("components").path("net_variance").asDouble(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(doc.path("bootstrap").path("seed").asLong()).isEqualTo(3);
        // lathe train held out a fifth of the 398 training rows for its own scores
        assertThat(doc.path("provenance").path("training_rows").asInt()).isEqualTo(318);
        assertThat(Files.readString(report)).contains("<h2>Learning curve</h2>", "<h2>Confusion matrix</h2>",
                "<h2>Bias and variance</h2>");
    }

    @Test
    void regressionReportsErrorsAgainstTheMean() {
        CommandRun run = CommandRun.of("evaluate", diabetesModel.toString(), diabetesTest.toString(), "--bootstrap",
                "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("baseline: mean ", "learned from the evaluation target")
                .containsPattern("r2 +0\\.\\d{4} +[-0-9.]+ +[-0-9.]+ +0\\.0000")
                .containsPattern("rmse +\\d+\\.\\d{4}");
    }

    @Test
    void aSingleClassLeavesRocAucUndefinedWithTheReasonAndShowsTheRest() throws IOException {
        Path setosa = dir.resolve("setosa.csv");
        Frame test = CsvReader.read(irisTest);
        CsvWriter.write(test.filter(i -> test.column("species").format(i).equals("setosa")), setosa);
        CommandRun run = CommandRun.of("evaluate", irisModel.toString(), setosa.toString(), "--bootstrap", "50");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("roc_auc              not defined: ROC AUC needs every class among the targets; "
                + "classes 'versicolor', 'virginica' do not occur").containsPattern("accuracy +1\\.0000");
    }

    private static void oneLineError(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().trim()).isEqualTo("error: " + message);
    }

    @Test
    void aMissingTargetColumnNamesTheClosestOne() throws IOException {
        Path renamed = dir.resolve("renamed.csv");
        CsvWriter.write(CsvReader.read(irisTest).rename("species", "Species"), renamed);
        oneLineError(CommandRun.of("evaluate", irisModel.toString(), renamed.toString()),
                "the evaluation data lacks the target column 'species' the model was trained on; closest: 'Species'");
    }

    @Test
    void aFileThatIsNotAModelIsRefused() {
        CommandRun run = CommandRun.of("evaluate", irisTest.toString(), irisTest.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + irisTest + ": not a readable model file").hasLineCount(1);
    }

    @Test
    void dataMissingAFeatureColumnIsRefused() throws IOException {
        Path lacking = dir.resolve("lacking.csv");
        CsvWriter.write(CsvReader.read(irisTest).drop("petal_width"), lacking);
        oneLineError(CommandRun.of("evaluate", irisModel.toString(), lacking.toString()),
                lacking + " lacks column 'petal_width' that the model was trained on");
    }

    @Test
    void anUnseenTargetLabelIsSurfacedAsThePipelineSaysIt() throws IOException {
        Path unseen = dir.resolve("unseen.csv");
        Frame test = CsvReader.read(irisTest);
        String[] labels = new String[test.rowCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i == 2 ? "orchid" : test.column("species").format(i);
        }
        CsvWriter.write(test.withColumn(CategoricalColumn.of("species", labels)), unseen);
        oneLineError(CommandRun.of("evaluate", irisModel.toString(), unseen.toString()),
                "test target 'species' has label 'orchid' in row 3, which the training rows never had; classes: "
                        + "[setosa, versicolor, virginica]");
    }

    @Test
    void aPredictionThatIsNotFiniteIsRefused() throws IOException {
        Path huge = dir.resolve("huge.csv");
        Frame test = CsvReader.read(diabetesTest);
        double[] bmi = test.numeric("bmi").toArray();
        bmi[0] = 1e308;
        CsvWriter.write(test.withColumn(NumericColumn.wrap("bmi", bmi)), huge);
        CommandRun run = CommandRun.of("evaluate", diabetesModel.toString(), huge.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("error: the model predicted -?Infinity for row 1; a model whose predictions are "
                + "not finite numbers cannot be evaluated\\R");
    }

    @Test
    void aBadResampleCountIsRefused() {
        oneLineError(CommandRun.of("evaluate", irisModel.toString(), irisTest.toString(), "--bootstrap", "0"),
                "--bootstrap must be at least 1, got 0");
    }
}
