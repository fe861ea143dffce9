package dev.lathe.ops.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.frame.sql.QueryReader;
import dev.lathe.ops.flow.spec.FlowSpecReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows from a database query: typed as their CSV export is, and a whole flow trained from them. */
class DatabaseSourceTest {

    @TempDir
    Path dir;

    /** Writes {@code frame} into table {@code name} of a new SQLite file: numbers as REAL, the rest as TEXT. */
    private String sqlite(Frame frame, String name) throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve(name + ".db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            StringBuilder ddl = new StringBuilder("create table " + name + " (");
            for (int j = 0; j < frame.columnCount(); j++) {
                ddl.append(j == 0 ? "" : ", ").append('"').append(frame.names().get(j)).append("\" ")
                        .append(frame.column(j).type().label().equals("numeric") ? "REAL" : "TEXT");
            }
            s.execute(ddl.append(')').toString());
            String insert = "insert into " + name + " values (" + String.join(", ",
                    Collections.nCopies(frame.columnCount(), "?")) + ")";
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(insert)) {
                for (int i = 0; i < frame.rowCount(); i++) {
                    for (int j = 0; j < frame.columnCount(); j++) {
                        p.setString(j + 1, frame.column(j).isMissing(i) ? null : frame.column(j).format(i));
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        return url;
    }

    private static String csv(Frame frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(frame, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aQueryReadsTheSameFrameAsItsCsvExport() throws Exception {
        Frame iris = Datasets.iris();
        String url = sqlite(iris, "iris");
        Frame fromDb = QueryReader.read(url, "select * from iris", CsvOptions.defaults());
        Frame fromCsv = CsvReader.read("iris", csv(iris), CsvOptions.defaults());
        assertThat(fromDb.names()).isEqualTo(fromCsv.names());
        for (int j = 0; j < fromCsv.columnCount(); j++) {
            assertThat(fromDb.column(j).type()).isEqualTo(fromCsv.column(j).type());
        }
        assertThat(csv(fromDb)).isEqualTo(csv(fromCsv));
        Frame some = QueryReader.read(url, "select species, count(*) as n from iris group by species order by species",
                CsvOptions.defaults());
        assertThat(some.names()).containsExactly("species", "n");
        assertThat(some.numeric("n").toArray()).containsExactly(50, 50, 50);
    }

    @Test
    void aFailingQueryOrUrlNamesTheDatabaseWithoutItsParameters() throws Exception {
        String url = sqlite(Datasets.iris(), "iris");
        assertThatThrownBy(() -> QueryReader.read(url + "?password=secret", "select * from nowhere",
                CsvOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read from " + url + ": ")
                .hasMessageContaining("nowhere")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> QueryReader.read("jdbc:nosuchdb://x", "select 1", CsvOptions.defaults()))
                .hasMessageStartingWith("cannot read from jdbc:nosuchdb://x: No suitable driver");
    }

    @Test
    void aFlowTrainsFromADatabaseQuery() throws Exception {
        String url = sqlite(Datasets.breastCancer(), "biopsies");
        Path file = dir.resolve("flow.yaml");
        Files.writeString(file, FlowRunnerTest.FLOW.replace("train: cancer.csv",
                "train: {jdbc: '" + url + "', query: select * from biopsies}"));
        FlowResult r = new FlowRunner().run(FlowSpecReader.read(file), new FlowListener() {
        });
        assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(r.train().rowCount()).isEqualTo(569);
        assertThat(Files.readString(dir.resolve("run").resolve("report.html")))
                .contains("query on " + url);
    }
}
