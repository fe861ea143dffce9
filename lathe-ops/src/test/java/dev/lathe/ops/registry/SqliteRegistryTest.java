package dev.lathe.ops.registry;

/** The registry contract on SQLite in a temporary file. */
class SqliteRegistryTest extends RegistryContract {

    @Override
    String freshDatabase() {
        return "jdbc:sqlite:" + tmp.resolve("lathe.db");
    }
}
