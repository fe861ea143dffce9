package dev.lathe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Synthetic;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.model.recommend.FittedRecommender;
import dev.lathe.model.recommend.Recommendations;
import dev.lathe.pipeline.RecommenderFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lathe recommend train|evaluate|predict} end to end, and their errors. */
class RecommendCommandTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path model;

    @BeforeAll
    static void trainAModel() throws IOException {
        data = dir.resolve("interactions.csv");
        CsvWriter.write(Synthetic.interactions(300, 120, 15, 4, 0.8, 3.0, 2), data);
        model = dir.resolve("als.lathe");
        CommandRun run = CommandRun.of("recommend", "train", data.toString(), "--model", "implicit_als", "--set",
                "factors=8", "--set", "iterations=5", "--time", "time", "-o", model.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("model").asText()).isEqualTo("implicit_als");
        assertThat(doc.path("params").path("factors").asInt()).isEqualTo(8);
        assertThat(doc.path("params").path("solver").asText()).isEqualTo("cg");
        assertThat(doc.path("users").asInt()).isEqualTo(300);
        assertThat(doc.path("interactions").asInt()).isEqualTo(CsvReader.read(data).rowCount());
    }

    @Test
    void predictWritesTheLibrarysListsAndFallsBackForNewUsers() throws IOException {
        Path out = dir.resolve("recs.csv");
        CommandRun run = CommandRun.of("recommend", "predict", model.toString(), "7", "nobody", "-n", "4", "-o",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Frame written = CsvReader.read(out);
        assertThat(written.names()).containsExactly("user", "rank", "item", "score", "cold_start");
        assertThat(written.rowCount()).isEqualTo(8);
        FittedRecommender library = RecommenderFile.load(model);
        Recommendations seven = library.recommend("7", 4);
        for (int i = 0; i < 4; i++) {
            assertThat(written.column("item").format(i)).isEqualTo(seven.items().get(i).item());
            assertThat(written.numeric("score").get(i)).isEqualTo(seven.items().get(i).score());
            assertThat(written.column("cold_start").format(i)).isEqualTo("false");
        }
        assertThat(written.column("cold_start").format(4)).isEqualTo("true");
        assertThat(written.column("item").format(4)).isEqualTo(library.recommend("nobody", 1).items().get(0).item());
    }

    @Test
    void predictReadsUsersFromAFile() throws IOException {
        Path users = dir.resolve("users.csv");
        Files.writeString(users, "user\n3\n3\n5\n");
        CommandRun run = CommandRun.of("recommend", "predict", model.toString(), "--users", users.toString(), "-n", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out().lines().skip(1).map(l -> l.split(",")[0])).containsExactly("3", "3", "5", "5");
    }

    @Test
    void evaluateReportsTheModelBeatingPopularity() throws IOException {
        CommandRun run = CommandRun.of("recommend", "evaluate", data.toString(), "--model", "implicit_als", "--set",
                "factors=8", "--k", "10", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("split").asText()).isEqualTo("leave_last_out");
        assertThat(doc.path("test_interactions").asInt()).isEqualTo(300);
        assertThat(doc.path("metrics").path("ndcg").asDouble())
                .isGreaterThan(doc.path("baseline").path("ndcg").asDouble());
        assertThat(doc.path("metrics").path("precision").asDouble()).isBetween(0.0, 0.1);
        CommandRun text = CommandRun.of("recommend", "evaluate", data.toString(), "--model", "item_knn", "--split",
                "temporal", "--time", "time", "--test-fraction", "0.1");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("item_knn, temporal split").contains("ndcg@10").contains("coverage@10");
    }

    @Test
    void explicitAlsImputingMissingRatingsBeatsPopularityAndReportsItsRatingError() throws IOException {
        CommandRun weighted = CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--value",
                "rating", "--time", "time", "--set", "missing_weight=0.05", "--json");
        CommandRun ratingsOnly = CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--value",
                "rating", "--time", "time", "--set", "missing_weight=0", "--json");
        assertThat(weighted.exitCode()).as(weighted.err()).isZero();
        assertThat(ratingsOnly.exitCode()).as(ratingsOnly.err()).isZero();
        JsonNode w = new ObjectMapper().readTree(weighted.out());
        JsonNode r = new ObjectMapper().readTree(ratingsOnly.out());
        assertThat(w.path("params").path("missing_weight").asDouble()).isEqualTo(0.05);
        assertThat(w.path("metrics").path("ndcg").asDouble()).isGreaterThan(w.path("baseline").path("ndcg").asDouble());
        assertThat(r.path("metrics").path("ndcg").asDouble()).isLessThan(w.path("metrics").path("ndcg").asDouble());
        double ratingRmse = r.path("rating_error").path("rmse").asDouble();
        assertThat(ratingRmse).isLessThan(r.path("rating_error").path("mean_rmse").asDouble())
                .isLessThan(w.path("rating_error").path("rmse").asDouble());
        assertThat(w.path("rating_error").path("pairs").asInt()).isEqualTo(300);
        CommandRun text = CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--value",
                "rating");
        assertThat(text.out()).contains("rating RMSE on 300 held-out pairs");
    }

    @Test
    void aTamperedModelFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length / 2] ^= 0x10;
        Path damaged = Files.write(dir.resolve("damaged.lathe"), bytes);
        expectError(CommandRun.of("recommend", "predict", damaged.toString(), "7"), "error: " + damaged);
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        expectError(CommandRun.of("recommend", "train", data.toString(), "--model", "svd", "-o",
                dir.resolve("x.lathe").toString()), "error: unknown recommender 'svd'; expected one of popularity, als, "
                + "implicit_als, item_knn");
        expectError(CommandRun.of("recommend", "train", data.toString(), "--model", "als", "--user", "customer", "-o",
                dir.resolve("x.lathe").toString()), "error: " + data + ": no column 'customer'");
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "user,item,n\na,x,1\nb,x,-3\n");
        expectError(CommandRun.of("recommend", "train", negative.toString(), "--model", "implicit_als", "--value", "n",
                "-o", dir.resolve("x.lathe").toString()), "error: " + negative + ": implicit_als takes implicit feedback "
                + "(counts or weights >= 0), but interaction 2 (user 'b', item 'x') has value -3.0");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "user,item\n");
        expectError(CommandRun.of("recommend", "train", empty.toString(), "--model", "popularity", "-o",
                dir.resolve("x.lathe").toString()), "error: " + empty + ": no data rows after the header");
        expectError(CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--set",
                "missing_weight=-1"), "error: missing_weight must be in [0.0, 1.0], got -1.0");
        expectError(CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--k", "0"),
                "error: --k must be at least 1, got 0");
        expectError(CommandRun.of("recommend", "evaluate", data.toString(), "--model", "als", "--split", "random"),
                "error: Invalid value for option '--split'");
        expectError(CommandRun.of("recommend", "predict", model.toString()),
                "error: no users given; name them after MODEL or give --users FILE");
        expectError(CommandRun.of("recommend", "predict", data.toString(), "7"), "error: " + data
                + ": not a readable model file");
        assertThat(Files.exists(dir.resolve("x.lathe"))).isFalse();
    }

    private static void expectError(CommandRun run, String start) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith(start);
        assertThat(run.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
    }
}
