package dev.lathe.ops.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How store names resolve to a database and an artifact root. */
class StoreLocationTest {

    private final Path cwd = Path.of("/work/project");

    @Test
    void theDefaultIsDotLatheUnderTheWorkingDirectory() {
        StoreLocation l = StoreLocation.resolve(null, Map.of(), cwd);
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/.lathe/lathe.db");
        assertThat(l.artifactRoot()).isEqualTo(Path.of("/work/project/.lathe/artifacts"));
    }

    @Test
    void theEnvironmentNamesTheStoreUnlessTheOptionDoes() {
        Map<String, String> env = Map.of("LATHE_STORE", "/srv/store");
        assertThat(StoreLocation.resolve(null, env, cwd).jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/store/lathe.db");
        assertThat(StoreLocation.resolve("mine", env, cwd).jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/mine/lathe.db");
    }

    @Test
    void jdbcUrlsKeepTheirDatabaseAndTakeArtifactsFromTheEnvironment() {
        StoreLocation sqlite = StoreLocation.resolve("jdbc:sqlite:db/t.db", Map.of(), cwd);
        assertThat(sqlite.jdbcUrl()).isEqualTo("jdbc:sqlite:/work/project/db/t.db");
        assertThat(sqlite.artifactRoot()).isEqualTo(Path.of("/work/project/db/artifacts"));
        StoreLocation pg = StoreLocation.resolve("jdbc:postgresql://db:5432/lathe?user=u",
                Map.of("LATHE_ARTIFACTS", "/mnt/shared/artifacts"), cwd);
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/lathe?user=u");
        assertThat(pg.artifactRoot()).isEqualTo(Path.of("/mnt/shared/artifacts"));
        assertThat(pg.sqliteFile()).isNull();
    }

    @Test
    void otherJdbcUrlsAreRefused() {
        assertThatThrownBy(() -> StoreLocation.resolve("jdbc:mysql://x/y", Map.of(), cwd))
                .hasMessageContaining("unsupported store URL");
    }
}
