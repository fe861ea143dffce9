package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe train DATA --model kmeans|...} without a target, and {@code lathe predict} with the saved model. */
class UnsupervisedTrainTest {

    @TempDir
    static Path dir;
    static Path iris;

    @BeforeAll
    static void data() throws IOException {
        iris = dir.resolve("iris-features.csv");
        CsvWriter.write(Datasets.iris().drop("species"), iris);
    }

    private static JsonNode train(String... args) throws IOException {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void kmeansReportsInertiaSilhouetteAndClustersAndItsModelPredictsClusters() throws IOException {
        Path model = dir.resolve("kmeans.lathe");
        JsonNode doc = train("train", iris.toString(), "--model", "kmeans", "--set", "n_clusters=3", "--set", "n_init=4",
                "-o", model.toString(), "--json");
        assertThat(doc.get("task").asText()).isEqualTo("clustering");
        JsonNode m = doc.get("metrics");
        assertThat(m.get("n_clusters").asInt()).isEqualTo(3);
        // iris standardised, k = 3: inertia about 139.8 (scikit-learn's best of several starts), silhouette 0.46
        assertThat(m.get("inertia").asDouble()).isBetween(138.0, 142.0);
        assertThat(m.get("silhouette").asDouble()).isBetween(0.40, 0.50);
        assertThat(doc.get("train_rows").asInt()).isEqualTo(150);
        CommandRun predict = CommandRun.of("predict", model.toString(), iris.toString());
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        List<String> lines = predict.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("prediction");
        assertThat(lines).hasSize(151);
        assertThat(lines.subList(1, 151).stream().distinct().sorted().toList()).containsExactly("0", "1", "2");
    }

    @Test
    void gmmReportsBicAndLogLikelihood() throws IOException {
        JsonNode m = train("train", iris.toString(), "--model", "gmm", "--set", "n_components=3", "--set",
                "covariance_type=diag", "--json").get("metrics");
        assertThat(m.get("n_clusters").asInt()).isEqualTo(3);
        double llf = m.get("log_likelihood").asDouble();
        // 3 diagonal components in 4 dimensions: 3 x 4 variances + 3 x 4 means + 2 weights = 26 parameters
        assertThat(m.get("bic").asDouble()).isCloseTo(-2 * llf + 26 * Math.log(150),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.get("aic").asDouble()).isCloseTo(-2 * llf + 52, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(m.has("silhouette")).isTrue();
    }

    @Test
    void dbscanAndHdbscanReportNoiseAndClusters() throws IOException {
        JsonNode d = train("train", iris.toString(), "--model", "dbscan", "--set", "eps=0.8", "--json").get("metrics");
        assertThat(d.get("n_clusters").asInt()).isBetween(2, 4);
        assertThat(d.get("noise_share").asDouble()).isBetween(0.0, 0.3);
        JsonNode h = train("train", iris.toString(), "--model", "hdbscan", "--set", "min_cluster_size=10", "--json")
                .get("metrics");
        assertThat(h.get("n_clusters").asInt()).isBetween(2, 3);
    }

    @Test
    void pcaPredictsComponentsAndReportsReconstructionError() throws IOException {
        Path model = dir.resolve("pca.lathe");
        JsonNode doc = train("train", iris.toString(), "--model", "pca", "--set", "n_components=2", "-o",
                model.toString(), "--json");
        assertThat(doc.get("task").asText()).isEqualTo("decomposition");
        assertThat(doc.get("metrics").get("n_components").asInt()).isEqualTo(2);
        // standardised iris: two components keep 95.8% of the variance, so the error is about sqrt(0.042) = 0.20
        assertThat(doc.get("metrics").get("reconstruction_rmse").asDouble()).isBetween(0.18, 0.22);
        CommandRun predict = CommandRun.of("predict", model.toString(), iris.toString());
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out().lines().findFirst().orElseThrow()).isEqualTo("component_1,component_2");
    }

    @Test
    void aBadHyperparameterIsAClearError() {
        CommandRun run = CommandRun.of("train", iris.toString(), "--model", "gmm", "--set", "covariance_type=round");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error:").contains("covariance_type").contains("round");
    }

    @Test
    void evaluatingOrExplainingAClusteringIsAClearError() throws IOException {
        Path model = dir.resolve("k3.lathe");
        train("train", iris.toString(), "--model", "kmeans", "--set", "n_clusters=3", "-o", model.toString(), "--json");
        for (String command : new String[] {"evaluate", "explain"}) {
            CommandRun run = CommandRun.of(command, model.toString(), iris.toString());
            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(command).startsWith("error:").contains("clustering");
        }
    }

    @Test
    void aTargetForAnUnsupervisedModelIsAClearError() {
        CommandRun run = CommandRun.of("train", iris.toString(), "--model", "kmeans", "--target", "sepal_length");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error:").contains("learns without a target").contains("sepal_length");
    }

    @Test
    void aSupervisedModelWithoutATargetIsAClearError() {
        CommandRun run = CommandRun.of("train", iris.toString(), "--model", "ridge");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error:").contains("'ridge' needs --target");
    }

    @Test
    void testAndTuneDoNotApplyWithoutATarget() {
        CommandRun run = CommandRun.of("train", iris.toString(), "--model", "kmeans", "--tune", "grid");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error:").contains("--tune apply only");
    }

    @Test
    void predictingAFileWithoutTheTrainingColumnsIsAClearError() throws IOException {
        Path model = dir.resolve("k2.lathe");
        train("train", iris.toString(), "--model", "kmeans", "--set", "n_clusters=2", "-o", model.toString(), "--json");
        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "sepal_length,sepal_width\n5.1,3.5\n");
        CommandRun run = CommandRun.of("predict", model.toString(), partial.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error:").contains("petal_length");
    }
}
