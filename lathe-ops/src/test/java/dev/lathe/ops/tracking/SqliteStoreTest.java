package dev.lathe.ops.tracking;

/** The store contract on SQLite in a temporary file. */
class SqliteStoreTest extends StoreContract {

    @Override
    String freshDatabase() {
        return "jdbc:sqlite:" + tmp.resolve("lathe.db");
    }
}
