package dev.lathe.frame.sql;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the rows of a SQL query into a {@link Frame}. Every value is taken as the text the driver gives for it
 * (SQL NULL is missing) and the columns are typed by the CSV reader's inference, with the same
 * {@link CsvOptions} (forced types, missing tokens), so a query and a CSV export of its rows give the same
 * Frame. The driver for the URL must be on the class path (Lathe's command ships SQLite's and PostgreSQL's).
 */
public final class QueryReader {

    private QueryReader() {
    }

    /**
     * Runs {@code query} on the database at {@code url} (a JDBC URL, credentials in it or in the driver's
     * usual places) and reads its rows.
     *
     * @throws IllegalArgumentException when the URL has no driver, the connection fails, the query fails or
     *                                  returns no columns; the message names the URL (without its query
     *                                  string, which may hold a password) and the database's own words
     */
    public static Frame read(String url, String query, CsvOptions options) {
        try (Connection connection = DriverManager.getConnection(url)) {
            return read(connection, query, options, redacted(url));
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot read from " + redacted(url) + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code query} on an open connection and reads its rows; {@code name} names the source in messages. */
    public static Frame read(Connection connection, String query, CsvOptions options, String name)
            throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            if (columns == 0) {
                throw new IllegalArgumentException("the query on " + name + " returns no columns");
            }
            List<String> header = new ArrayList<>(columns);
            for (int c = 1; c <= columns; c++) {
                header.add(meta.getColumnLabel(c));
            }
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            CsvWriter.writeCells(header, () -> cells(rows, columns), text);
            return CsvReader.read(name, text.toByteArray(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
    }

    /** The result's rows as text cells, read as they are asked for. */
    private static Iterator<String[]> cells(ResultSet rows, int columns) {
        return new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rows.next();
                    } catch (SQLException e) {
                        throw new UncheckedSqlException(e);
                    }
                }
                return ahead;
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                String[] out = new String[columns];
                try {
                    for (int c = 0; c < columns; c++) {
                        out[c] = rows.getString(c + 1);
                    }
                } catch (SQLException e) {
                    throw new UncheckedSqlException(e);
                }
                return out;
            }
        };
    }

    /** The URL without its parameters (after '?' or ';'), which may carry a password: how messages name it. */
    public static String redacted(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    /** A SQL failure while the rows stream through the CSV writer, unwrapped by {@link #read}. */
    private static final class UncheckedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
