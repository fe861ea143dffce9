package dev.lathe.ops.tracking;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection inside {@link Database#write} or {@link Database#read}.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Does the work.
     *
     * @param connection the open connection; never closed by the work
     * @return the result
     * @throws SQLException on a database error (the transaction is rolled back)
     * @throws IOException on a file error (the transaction is rolled back)
     */
    T apply(Connection connection) throws SQLException, IOException;
}
