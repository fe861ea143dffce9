package dev.lathe.ops.flow.spec;

import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.sql.QueryReader;
import java.io.IOException;
import java.nio.file.Path;

/** Where a flow's rows come from: a CSV file, or the rows of a SQL query on a database. */
public sealed interface DataSource {

    /** Reads the rows, typed as {@code options} say. */
    Frame read(CsvOptions options) throws IOException;

    /** How reports name the source: the file's name, or the database URL without its parameters. */
    String label();

    /** A CSV file, resolved against the spec's folder. */
    record CsvFile(Path path) implements DataSource {
        @Override
        public Frame read(CsvOptions options) throws IOException {
            return CsvReader.read(path, options);
        }

        @Override
        public String label() {
            return path.getFileName().toString();
        }
    }

    /**
     * The rows of {@code query} on the database at the JDBC {@code url}, typed as CSV values are
     * ({@link QueryReader}).
     */
    record Query(String url, String query) implements DataSource {
        @Override
        public Frame read(CsvOptions options) {
            return QueryReader.read(url, query, options);
        }

        @Override
        public String label() {
            return "query on " + QueryReader.redacted(url);
        }
    }
}
