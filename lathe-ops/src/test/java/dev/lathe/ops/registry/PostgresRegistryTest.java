package dev.lathe.ops.registry;

import dev.lathe.ops.tracking.PostgresCluster;

/** The registry contract on the shared private PostgreSQL cluster, a new database per test. */
class PostgresRegistryTest extends RegistryContract {

    @Override
    String freshDatabase() throws Exception {
        return PostgresCluster.shared().newDatabase();
    }
}
