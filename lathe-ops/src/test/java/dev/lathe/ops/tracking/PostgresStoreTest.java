package dev.lathe.ops.tracking;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a private PostgreSQL cluster, a new database per test. */
class PostgresStoreTest extends StoreContract {

    private static PostgresCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = PostgresCluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Override
    String freshDatabase() throws Exception {
        return cluster.newDatabase();
    }
}
