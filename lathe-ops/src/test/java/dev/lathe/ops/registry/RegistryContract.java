package dev.lathe.ops.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lathe.ops.tracking.Run;
import dev.lathe.ops.tracking.RunSpec;
import dev.lathe.ops.tracking.StoreLocation;
import dev.lathe.ops.tracking.TamperedArtifactException;
import dev.lathe.ops.tracking.TrackingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's behaviour, run against every back end by the subclasses. */
abstract class RegistryContract {

    @TempDir
    Path tmp;

    TrackingStore store;
    ModelRegistry registry;

    /** A JDBC URL of a fresh, empty database. */
    abstract String freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = TrackingStore.open(new StoreLocation(freshDatabase(), tmp.resolve("artifacts")), "bob");
        registry = new ModelRegistry(store);
    }

    Path model(String content) throws IOException {
        return Files.writeString(Files.createTempDirectory(tmp, "m").resolve("model.lathe"), content);
    }

    @Test
    void versionsAreNumberedCopiesThatRecordTheirRun() throws IOException {
        Run run = store.runs().start(RunSpec.in("churn"));
        store.artifacts().log(run.id(), "model.lathe", model("v1"));
        ModelVersion v1 = registry.registerFromRun("churn", run.id(), "model.lathe");
        Path original = model("v2");
        ModelVersion v2 = registry.register("churn", original, null);
        Files.writeString(original, "changed after registering");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.runId()).isEqualTo(run.id());
        assertThat(v1.source()).isEqualTo("runs:/" + run.id() + "/model.lathe");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.user()).isEqualTo("bob");
        assertThat(registry.resolve("models:/churn/2")).hasContent("v2");
        assertThat(registry.versions("churn")).extracting(ModelVersion::version).containsExactly(1, 2);
        assertThat(registry.list()).extracting(RegisteredModel::name, RegisteredModel::latestVersion)
                .containsExactly(tuple("churn", 2));
    }

    @Test
    void aliasesMoveAtomicallyAndEveryChangeIsAudited() throws IOException {
        registry.register("churn", model("v1"), null);
        registry.register("churn", model("v2"), null);
        registry.setAlias("churn", "champion", 1);
        assertThat(registry.resolve("models:/churn@champion")).hasContent("v1");
        registry.setAlias("churn", "champion", 2);
        assertThat(registry.setAlias("churn", "champion", 2)).isNull();
        assertThat(registry.resolve("models:/churn@champion")).hasContent("v2");
        registry.setAlias("churn", "challenger", 1);
        registry.deleteAlias("churn", "challenger");
        assertThat(registry.get("churn").aliases()).containsExactly(Map.entry("champion", 2));
        assertThat(registry.history("churn")).extracting(AliasEvent::alias, AliasEvent::fromVersion,
                AliasEvent::toVersion, AliasEvent::user).containsExactly(
                        tuple("champion", null, 1, "bob"),
                        tuple("champion", 1, 2, "bob"),
                        tuple("challenger", null, 1, "bob"),
                        tuple("challenger", 1, null, "bob"));
    }

    @Test
    void aTamperedModelFileIsRefused() throws IOException {
        ModelVersion v = registry.register("churn", model("weights"), null);
        Files.writeString(tmp.resolve("artifacts").resolve(v.path()), "evil weights");
        assertThatThrownBy(() -> registry.resolve("models:/churn/1"))
                .isInstanceOf(TamperedArtifactException.class).hasMessageContaining(v.sha256());
    }

    @Test
    void badNamesAliasesAndUrisAreRefused() throws IOException {
        assertThatThrownBy(() -> registry.register("../x", model("a"), null)).hasMessageContaining("invalid model name");
        registry.register("churn", model("a"), null);
        assertThatThrownBy(() -> registry.setAlias("churn", "latest", 1)).hasMessageContaining("reserved");
        assertThatThrownBy(() -> registry.setAlias("churn", "champion", 7)).hasMessageContaining("no version 7");
        assertThatThrownBy(() -> registry.resolve("models:/churn@champion")).hasMessageContaining("no alias");
        assertThatThrownBy(() -> registry.resolve("models:/nope/1")).hasMessageContaining("no registered model");
        assertThatThrownBy(() -> registry.resolve("models:churn")).hasMessageContaining("invalid model URI");
        assertThatThrownBy(() -> registry.deleteAlias("churn", "x")).hasMessageContaining("no alias 'x'");
        assertThat(registry.history("churn")).isEmpty();
    }
}
