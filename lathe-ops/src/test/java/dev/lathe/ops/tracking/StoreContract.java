package dev.lathe.ops.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour, run against every back end by the subclasses. */
abstract class StoreContract {

    static final String SHA_OF_MODEL_BYTES = "9cb7487000bc86ac36ce83c4acfabe8878552be99572a6770f65ab1d048a5c48";

    @TempDir
    Path tmp;

    TrackingStore store;

    /** A JDBC URL of a fresh, empty database. */
    abstract String freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = TrackingStore.open(new StoreLocation(freshDatabase(), tmp.resolve("artifacts")), "alice");
    }

    Run started(String experiment, String name) {
        return store.runs().start(RunSpec.in(experiment).named(name));
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    @Test
    void theDefaultExperimentExistsAndExperimentsAreCreatedOnce() {
        assertThat(store.experiments().find("Default")).get().extracting(Experiment::id).isEqualTo(0L);
        Experiment a = store.experiments().getOrCreate("churn");
        assertThat(store.experiments().getOrCreate("churn")).isEqualTo(a);
        assertThat(a.id()).isPositive();
        assertThat(store.experiments().list(Lifecycle.ACTIVE)).extracting(Experiment::name)
                .containsExactly("Default", "churn");
    }

    @Test
    void aRunStartsRunningAndEndsWithItsStatusAndTime() {
        Run parent = store.runs().start(RunSpec.in("churn").named("search").from("lathe train", "abc123"));
        Run child = store.runs().start(RunSpec.in("churn").named("trial-1").childOf(parent.id()));
        assertThat(parent.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(parent.endTime()).isNull();
        assertThat(parent.user()).isEqualTo("alice");
        assertThat(parent.gitCommit()).isEqualTo("abc123");
        assertThat(child.parentRunId()).isEqualTo(parent.id());
        Run ended = store.runs().end(child.id(), RunStatus.FAILED);
        assertThat(ended.status()).isEqualTo(RunStatus.FAILED);
        assertThat(ended.endTime()).isGreaterThanOrEqualTo(ended.startTime());
        assertThatThrownBy(() -> store.runs().end(child.id(), RunStatus.RUNNING))
                .hasMessageContaining("not RUNNING");
        assertThatThrownBy(() -> store.runs().start(RunSpec.in("churn").childOf("nope")))
                .hasMessageContaining("no run with id 'nope'");
    }

    @Test
    void parametersAreWrittenOnceAndABatchWithAConflictWritesNothing() {
        Run run = started("churn", "a");
        store.log().logParams(run.id(), Map.of("max_depth", "8"));
        store.log().logParams(run.id(), Map.of("max_depth", "8"));
        assertThatThrownBy(() -> store.log().logParams(run.id(), Map.of("learning_rate", "0.1", "max_depth", "9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'max_depth'").hasMessageContaining("already '8'");
        assertThat(store.log().data(run.id()).params()).containsExactly(Map.entry("max_depth", "8"));
    }

    @Test
    void metricsKeepTheirHistoryAndTheLatestValueByStep() {
        Run run = started("churn", "a");
        store.log().logMetrics(run.id(), List.of(new Metric("loss", 0.9, 0, 100), new Metric("loss", 0.5, 2, 300),
                new Metric("loss", 0.7, 1, 400), new Metric("auc", Double.NaN, 0, 100)));
        assertThat(store.log().history(run.id(), "loss")).extracting(Metric::value).containsExactly(0.9, 0.7, 0.5);
        RunData data = store.log().data(run.id());
        assertThat(data.metrics().get("loss")).isEqualTo(new Metric("loss", 0.5, 2, 300));
        assertThat(data.metrics().get("auc").value()).isNaN();
    }

    @Test
    void theLatestMetricsOfManyRunsComeInOneReadAsEachRunsOwn() {
        List<String> ids = new java.util.ArrayList<>();
        for (int r = 0; r < 1203; r++) {
            Run run = started("many", "r" + r);
            if (r % 2 == 0) {
                store.log().logMetrics(run.id(), List.of(new Metric("rmse", r, 0, 1), new Metric("rmse", r + 0.5, 1, 2)));
            }
            ids.add(run.id());
        }
        var latest = store.log().latestMetrics(ids);
        assertThat(latest).hasSize(1203);
        for (int r : new int[] {0, 1, 600, 1202}) {
            assertThat(latest.get(ids.get(r))).isEqualTo(store.log().data(ids.get(r)).metrics());
        }
        assertThat(latest.get(ids.get(1202)).get("rmse").value()).isEqualTo(1202.5);
        assertThat(latest.get(ids.get(1))).isEmpty();
    }

    @Test
    void tagsMayChange() {
        Run run = started("churn", "a");
        store.log().setTags(run.id(), Map.of("team", "risk"));
        store.log().setTags(run.id(), Map.of("team", "growth"));
        assertThat(store.log().data(run.id()).tags()).containsExactly(Map.entry("team", "growth"));
    }

    @Test
    void artifactsGoWhereTheStoreSaysAndAreVerifiedOnRead() throws IOException {
        Run run = started("churn", "a");
        Artifact a = store.artifacts().log(run.id(), "model.lathe", file("m", "model bytes"));
        assertThat(a.path()).isEqualTo("runs/" + run.id() + "/model.lathe");
        // sha256sum of the 11 bytes "model bytes"
        assertThat(a.sha256()).isEqualTo(SHA_OF_MODEL_BYTES);
        assertThat(a.sizeBytes()).isEqualTo(11);
        Path stored = store.artifacts().file(run.id(), "model.lathe");
        assertThat(stored).startsWith(tmp.resolve("artifacts")).hasContent("model bytes");
        assertThatThrownBy(() -> store.artifacts().log(run.id(), "model.lathe", file("m2", "other")))
                .hasMessageContaining("already exists");
        Files.writeString(stored, "tampered");
        assertThatThrownBy(() -> store.artifacts().file(run.id(), "model.lathe"))
                .isInstanceOf(TamperedArtifactException.class).hasMessageContaining("refusing to load");
    }

    @Test
    void unsafeArtifactNamesAreRefusedAndNothingIsRecorded() throws IOException {
        Run run = started("churn", "a");
        Path source = file("m", "x");
        for (String bad : List.of("../escape", "a/../../escape", "/etc/passwd", "a#b", "a?b", "a//b", "./a")) {
            assertThatThrownBy(() -> store.artifacts().log(run.id(), bad, source))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.artifacts().list(run.id())).isEmpty();
    }

    @Test
    void aSymbolicLinkInsideTheArtifactRootIsRefused() throws IOException {
        Run run = started("churn", "a");
        store.artifacts().log(run.id(), "first.txt", file("f", "first"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(tmp.resolve("artifacts/runs/" + run.id() + "/plots"), outside);
        assertThatThrownBy(() -> store.artifacts().log(run.id(), "plots/roc.svg", file("r", "svg")))
                .hasMessageContaining("symbolic link");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void deletedRunsAreHiddenRestorableAndCollected() throws IOException {
        Run keep = started("churn", "keep");
        Run drop = started("churn", "drop");
        store.artifacts().log(drop.id(), "model.lathe", file("m", "x"));
        store.runs().delete(drop.id());
        assertThat(ids(RunQuery.of(null))).containsExactly(keep.id());
        assertThatThrownBy(() -> store.log().logMetric(drop.id(), "rmse", 1)).hasMessageContaining("is deleted");
        store.runs().restore(drop.id());
        assertThat(ids(RunQuery.of(null))).containsExactlyInAnyOrder(keep.id(), drop.id());
        store.runs().delete(drop.id());
        assertThat(store.artifacts().gc()).containsExactly(drop.id());
        assertThat(tmp.resolve("artifacts/runs/" + drop.id())).doesNotExist();
        assertThat(store.artifacts().list(drop.id())).isEmpty();
        assertThatThrownBy(() -> store.runs().restore(drop.id())).hasMessageContaining("garbage-collected");
        assertThat(store.artifacts().gc()).isEmpty();
    }

    @Test
    void deletingAnExperimentDeletesItsRunsAndRestoringBringsBackOnlyThose() {
        Run early = started("churn", "early");
        store.runs().delete(early.id());
        Run other = started("churn", "other");
        store.experiments().delete("churn");
        assertThat(store.runs().get(other.id()).lifecycle()).isEqualTo(Lifecycle.DELETED);
        assertThatThrownBy(() -> store.runs().start(RunSpec.in("churn"))).hasMessageContaining("is deleted");
        store.experiments().restore("churn");
        assertThat(store.runs().get(other.id()).lifecycle()).isEqualTo(Lifecycle.ACTIVE);
        assertThat(store.runs().get(early.id()).lifecycle()).isEqualTo(Lifecycle.DELETED);
        assertThatThrownBy(() -> store.experiments().delete("Default")).hasMessageContaining("cannot be deleted");
    }

    @Test
    void searchFiltersOnMetricsParamsTagsAndAttributes() {
        Run a = scored("a", 0.7, "8", "risk");
        Run b = scored("b", 0.9, "8", "growth");
        Run c = scored("c", 0.6, "4", "Risk");
        store.runs().end(c.id(), RunStatus.FINISHED);
        assertThat(ids(RunQuery.of("metrics.rmse < 0.8 and params.max_depth = '8'"))).containsExactly(a.id());
        assertThat(ids(RunQuery.of("metrics.rmse >= 0.7").orderedBy("metrics.rmse DESC")))
                .containsExactly(b.id(), a.id());
        assertThat(ids(RunQuery.of("tags.team LIKE 'ri%'"))).containsExactly(a.id());
        assertThat(ids(RunQuery.of("tags.team ILIKE 'ri%'").orderedBy("run_name"))).containsExactly(a.id(), c.id());
        assertThat(ids(RunQuery.of("status = 'FINISHED'"))).containsExactly(c.id());
        assertThat(ids(RunQuery.of("attributes.run_name != 'a' AND params.max_depth = '8'"))).containsExactly(b.id());
        assertThat(ids(RunQuery.of(null).orderedBy("metrics.rmse"))).containsExactly(c.id(), a.id(), b.id());
        assertThat(ids(RunQuery.of(null).orderedBy("params.max_depth DESC", "metrics.rmse ASC")))
                .containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void searchPagesThroughResultsWithTokens() {
        for (int i = 0; i < 5; i++) {
            scored("r" + i, i / 10.0, "1", "t");
        }
        RunQuery q = RunQuery.of(null).orderedBy("metrics.rmse").page(2, null);
        RunPage p1 = store.search().search(q);
        RunPage p2 = store.search().search(q.page(2, p1.nextPageToken()));
        RunPage p3 = store.search().search(q.page(2, p2.nextPageToken()));
        assertThat(p1.runs()).extracting(Run::name).containsExactly("r0", "r1");
        assertThat(p2.runs()).extracting(Run::name).containsExactly("r2", "r3");
        assertThat(p3.runs()).extracting(Run::name).containsExactly("r4");
        assertThat(p3.nextPageToken()).isNull();
        assertThatThrownBy(() -> store.search().search(q.page(2, "abc"))).hasMessageContaining("invalid page token");
    }

    @Test
    void anInjectionAttemptIsOnlyAValue() {
        Run a = scored("a", 0.5, "8", "t");
        assertThat(ids(RunQuery.of("params.max_depth = '8'' OR ''1''=''1'"))).isEmpty();
        assertThatThrownBy(() -> ids(RunQuery.of("params.max_depth = '8' OR 1=1; DROP TABLE runs; --")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected AND");
        assertThat(ids(RunQuery.of("params.`max_depth' OR 1=1 --` = '8'"))).isEmpty();
        assertThat(ids(RunQuery.of("params.max_depth = '8'"))).containsExactly(a.id());
    }

    Run scored(String name, double rmse, String depth, String team) {
        Run run = started("search", name);
        store.log().logMetric(run.id(), "rmse", rmse);
        store.log().logParams(run.id(), Map.of("max_depth", depth));
        store.log().setTags(run.id(), Map.of("team", team));
        return run;
    }

    List<String> ids(RunQuery query) {
        return store.search().search(query).runs().stream().map(Run::id).toList();
    }
}
