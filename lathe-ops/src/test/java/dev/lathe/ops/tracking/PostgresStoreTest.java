package dev.lathe.ops.tracking;

/** The store contract on a private PostgreSQL cluster, a new database per test. */
class PostgresStoreTest extends StoreContract {

    @Override
    String freshDatabase() throws Exception {
        return PostgresCluster.shared().newDatabase();
    }
}
