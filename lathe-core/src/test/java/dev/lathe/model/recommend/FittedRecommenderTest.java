package dev.lathe.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Synthetic;
import dev.lathe.parallel.Parallelism;
import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.ModelFileException;
import dev.lathe.persist.ZipEdit;
import dev.lathe.pipeline.RecommenderFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Top-N lists, seen-item exclusion, cold start, determinism and the model file, for every recommender. */
class FittedRecommenderTest {

    @TempDir
    Path dir;

    static final Interactions SMALL = Interactions.of(
            new String[] {"ann", "ann", "bob", "bob", "bob", "cy", "cy", "dee"},
            new String[] {"tea", "jam", "tea", "jam", "bun", "tea", "bun", "pie"},
            new double[] {2, 1, 1, 1, 3, 1, 1, 1}, null);

    static List<Recommender> all() {
        return List.of(new Popularity(), new ExplicitAls(2, 0.1, 5, 0.05, 0, 3),
                new ImplicitAls(2, 0.1, 5, 5, Solver.CG, 2, 3), new ItemKnn(5));
    }

    @Test
    void popularityRanksByDistinctUsersAndSkipsWhatTheUserHas() {
        FittedRecommender model = new Popularity().fit(SMALL);
        // tea: 3 users, jam 2, bun 2, pie 1; ann has tea and jam
        Recommendations ann = model.recommend("ann", 5);
        assertThat(ann.coldStart()).isFalse();
        assertThat(ann.items()).extracting(ScoredItem::item).containsExactly("bun", "pie");
        assertThat(ann.items()).extracting(ScoredItem::score).containsExactly(2.0, 1.0);
        Recommendations stranger = model.recommend("zed", 2);
        assertThat(stranger.coldStart()).isTrue();
        // jam and bun tie at 2 users: jam was seen first, so it ranks first
        assertThat(stranger.items()).extracting(ScoredItem::item).containsExactly("tea", "jam");
    }

    @Test
    void itemNeighboursScoreByCosineSimilarity() {
        FittedRecommender model = new ItemKnn(5).fit(SMALL);
        // columns (ann, bob, cy, dee): tea (2,1,1,0), jam (1,1,0,0), bun (0,3,1,0), pie (0,0,0,1)
        NeighborScorer s = (NeighborScorer) model.scorer();
        int tea = model.items().find("tea");
        int jam = model.items().find("jam");
        int bun = model.items().find("bun");
        int pie = model.items().find("pie");
        assertThat(s.similarity(tea, jam)).isCloseTo(3 / (Math.sqrt(6) * Math.sqrt(2)), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(s.similarity(tea, bun)).isCloseTo(4 / (Math.sqrt(6) * Math.sqrt(10)), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(s.similarity(tea, pie)).isZero();
        assertThat(s.similarity(tea, tea)).isZero();
        // cy (tea 1, bun 1) scores jam by sim(tea, jam) + sim(bun, jam)
        double jamForCy = s.similarity(tea, jam) + s.similarity(bun, jam);
        assertThat(model.score("cy", "jam")).isCloseTo(jamForCy, org.assertj.core.api.Assertions.within(1e-12));
        // pie shares no user with tea or bun: it scores 0 and comes last
        assertThat(model.recommend("cy", 3).items()).extracting(ScoredItem::item).containsExactly("jam", "pie");
        assertThat(model.score("cy", "pie")).isZero();
    }

    @Test
    void everyModelRecommendsOnlyUnseenItemsAndFallsBackForNewUsers() {
        for (Recommender r : all()) {
            FittedRecommender model = r.fit(SMALL);
            Recommendations bob = model.recommend("bob", 10);
            assertThat(bob.items()).as(r.modelName()).extracting(ScoredItem::item).containsExactly("pie");
            Recommendations stranger = model.recommend("zed", 2);
            assertThat(stranger.coldStart()).isTrue();
            assertThat(stranger.items()).extracting(ScoredItem::item).containsExactly("tea", "jam");
            List<ScoredItem> ann = model.recommend("ann", 2).items();
            assertThat(ann.get(0).score()).as(r.modelName()).isGreaterThanOrEqualTo(ann.get(1).score());
        }
    }

    @Test
    void savesAndLoadsEveryModelWithIdenticalScores() throws IOException {
        Interactions data = Interactions.from(Synthetic.interactions(80, 40, 8, 3, 0.8, 2.0, 4), "user", "item",
                "rating", null);
        for (Recommender r : all()) {
            FittedRecommender model = r.fit(data);
            Path file = dir.resolve(r.modelName() + ".lathe");
            RecommenderFile.save(model, file, Map.of());
            FittedRecommender back = RecommenderFile.load(file);
            assertThat(back.model()).isEqualTo(r.modelName());
            assertThat(back.params()).hasToString(model.params().toString());
            assertThat(back.params().keySet()).containsExactlyElementsOf(r.params().keySet());
            for (String user : List.of("0", "17", "79", "nobody")) {
                assertThat(back.recommend(user, 5)).as(r.modelName()).isEqualTo(model.recommend(user, 5));
            }
        }
    }

    @Test
    void aTamperedRecommenderFileIsRefused() throws IOException {
        Path file = dir.resolve("als.lathe");
        RecommenderFile.save(new ExplicitAls(2, 0.1, 5, 0.05, 0, 3).fit(SMALL), file, Map.of());
        Path flipped = dir.resolve("flipped.lathe");
        ZipEdit.copy(file, flipped, "pipeline/scorer/item_factors.bin", ZipEdit::flipLastByte);
        assertThatThrownBy(() -> RecommenderFile.load(flipped)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("pipeline/scorer/item_factors.bin").hasMessageContaining("SHA-256");
        // a step type outside the allow-list is refused even when the manifest is re-hashed to match
        String scorer = "pipeline/scorer/step.json";
        byte[] old = ZipEdit.read(file, scorer);
        byte[] renamed = new String(old, StandardCharsets.UTF_8)
                .replace("\"factor_scorer\"", "\"java.lang.ProcessBuilder\"").getBytes(StandardCharsets.UTF_8);
        Path typed = dir.resolve("typed.lathe");
        Path step = dir.resolve("step.lathe");
        ZipEdit.copy(file, step, scorer, b -> renamed);
        ZipEdit.copy(step, typed, "manifest.json", m -> new String(m, StandardCharsets.UTF_8)
                .replace(ModelArchive.sha256(old), ModelArchive.sha256(renamed))
                .replace("\"size\" : " + old.length + ",", "\"size\" : " + renamed.length + ",")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecommenderFile.load(typed)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("unknown type 'java.lang.ProcessBuilder'");
        assertThat(RecommenderFile.load(file).recommend("ann", 2).items()).hasSize(2);
    }

    @Test
    void aPipelineFileIsNotARecommender() throws IOException {
        Path file = dir.resolve("pipeline.lathe");
        dev.lathe.pipeline.Pipeline.of(new dev.lathe.model.baseline.BaselineRegressor())
                .fit(dev.lathe.data.Datasets.diabetes(), "progression").save(file);
        assertThatThrownBy(() -> RecommenderFile.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not a recommender");
    }

    @Test
    void factorsDoNotDependOnTheNumberOfThreads() {
        Interactions data = Interactions.from(Synthetic.interactions(700, 120, 10, 3, 0.8, 2.0, 6), "user", "item",
                "rating", null);
        int before = Parallelism.threads();
        try {
            for (Recommender r : List.of(new ImplicitAls(4, 0.1, 5, 3, Solver.CG, 3, 1),
                    new ExplicitAls(4, 0.1, 3, 0.05, 0, 1), new ItemKnn(10))) {
                Parallelism.setThreads(1);
                FittedRecommender one = r.fit(data);
                Parallelism.setThreads(3);
                FittedRecommender three = r.fit(data);
                for (int u = 0; u < 700; u += 37) {
                    String user = data.users().id(u);
                    assertThat(three.recommend(user, 10)).isEqualTo(one.recommend(user, 10));
                }
                assertThat(r.fit(data).recommend("5", 10)).isEqualTo(one.recommend("5", 10));
            }
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void theSeedDecidesTheStartingFactors() {
        Interactions data = Interactions.from(Synthetic.interactions(100, 50, 8, 3, 0.8, 2.0, 6), "user", "item",
                "rating", null);
        for (java.util.function.LongFunction<Recommender> make : List.<java.util.function.LongFunction<Recommender>>of(
                seed -> new ImplicitAls(4, 0.1, 5, 3, Solver.CG, 3, seed),
                seed -> new ExplicitAls(4, 0.1, 3, 0.05, 0, seed))) {
            FactorScorer a = (FactorScorer) make.apply(1).fit(data).scorer();
            FactorScorer again = (FactorScorer) make.apply(1).fit(data).scorer();
            FactorScorer b = (FactorScorer) make.apply(2).fit(data).scorer();
            assertThat(again.itemFactor(3)).containsExactly(a.itemFactor(3));
            assertThat(b.itemFactor(3)).isNotEqualTo(a.itemFactor(3));
        }
    }

    @Test
    void refusesBadRequests() {
        FittedRecommender model = new ImplicitAls(2, 0.1, 5, 2, Solver.CG, 2, 3).fit(SMALL);
        assertThatThrownBy(() -> model.recommend("ann", 0))
                .hasMessage("number of recommendations must be at least 1, got 0");
        assertThatThrownBy(() -> model.score("zed", "tea"))
                .hasMessage("user 'zed' was not in the training interactions; scores exist only for known users and items");
        assertThatThrownBy(() -> model.score("ann", "cake"))
                .hasMessage("item 'cake' was not in the training interactions; scores exist only for known users and items");
        assertThatThrownBy(() -> Recommenders.of("svd", Map.of()))
                .hasMessage("unknown recommender 'svd'; expected one of popularity, als, implicit_als, item_knn");
        assertThatThrownBy(() -> Recommenders.of("implicit_als", Map.of("factors", 0)))
                .hasMessageContaining("factors");
        assertThatThrownBy(() -> Recommenders.of("implicit_als", Map.of("solver", "lu")))
                .hasMessageContaining("lu");
        assertThatThrownBy(() -> Recommenders.of("als", Map.of("missing_weight", 2)))
                .hasMessageContaining("missing_weight must be in [0.0, 1.0], got 2.0");
        assertThatThrownBy(() -> Recommenders.of("als", Map.of("missing_rating", "NaN")))
                .hasMessageContaining("missing_rating");
        assertThat(Recommenders.of("als", Map.of("missing_weight", 0)))
                .isEqualTo(ExplicitAls.ratingsOnly(10, 0.1, 15, 0));
        assertThat(Recommenders.of("implicit_als", Map.of("factors", 7, "solver", "cholesky")))
                .isEqualTo(new ImplicitAls(7, 0.01, 40, 15, Solver.CHOLESKY, 3, 0));
    }
}
