package dev.lathe.frame.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    static Frame read(String csv) {
        return CsvReader.read("test.csv", csv, CsvOptions.defaults());
    }

    @Test
    void infersEveryColumnTypeFromTheWholeFile() {
        Frame f = read("""
                n,flag,when,label,note
                1,true,2024-01-02,a,first note
                2.5,no,2024-01-03T10:15:30,b,second note
                -3e2,YES,2024-01-04 08:00,a,third note
                4,false,2024-01-05,a,fourth note
                NA,,,,
                """);
        assertThat(f.rowCount()).isEqualTo(5);
        assertThat(f.schema().fields()).extracting(Schema.Field::type).containsExactly(
                ColumnType.NUMERIC, ColumnType.BOOLEAN, ColumnType.TIMESTAMP, ColumnType.CATEGORICAL,
                ColumnType.TEXT);
        assertThat(f.numeric("n").toArray()).containsExactly(1, 2.5, -300, 4, Double.NaN);
        assertThat(f.bool("flag").get(1)).isFalse();
        assertThat(f.bool("flag").get(2)).isTrue();
        assertThat(f.bool("flag").isMissing(4)).isTrue();
        assertThat(f.timestamp("when").format(0)).isEqualTo("2024-01-02T00:00:00");
        assertThat(f.timestamp("when").format(1)).isEqualTo("2024-01-03T10:15:30");
        assertThat(f.timestamp("when").format(2)).isEqualTo("2024-01-04T08:00:00");
        assertThat(f.categorical("label").levels()).containsExactly("a", "b");
        assertThat(f.categorical("label").code(4)).isEqualTo(-1);
        assertThat(f.text("note").get(4)).isNull();
    }

    @Test
    void timestampsWithOffsetsAreConvertedToUtc() {
        Frame f = read("t\n2024-03-01T10:00:00Z\n2024-03-01T12:00:00+02:00\n");
        assertThat(f.timestamp("t").epochMillis(0)).isEqualTo(f.timestamp("t").epochMillis(1));
    }

    @Test
    void everyDefaultMissingTokenIsMissingAndTheSetIsConfigurable() {
        Frame f = read("x\n1\nNA\nN/A\nn/a\nNaN\nnan\nnull\nNULL\nNone\n?\n#N/A\n2\n");
        assertThat(f.numeric("x").missingCount()).isEqualTo(10);
        Frame empty = read("x,y\n1,\n,2\n\"\",3\n");
        assertThat(empty.numeric("x").toArray()).containsExactly(1, Double.NaN, Double.NaN);
        assertThat(empty.numeric("y").toArray()).containsExactly(Double.NaN, 2, 3);
        Frame g = CsvReader.read("t.csv", "x\n1\n-999\n", CsvOptions.defaults().withMissingTokens(Set.of("-999")));
        assertThat(g.numeric("x").toArray()).containsExactly(1, Double.NaN);
    }

    @Test
    void quotedTokensAreTextNotMissing() {
        Frame f = read("name\n\"NA\"\nNA\nBob\n");
        assertThat(f.column("name").format(0)).isEqualTo("NA");
        assertThat(f.column("name").isMissing(0)).isFalse();
        assertThat(f.column("name").isMissing(1)).isTrue();
    }

    @Test
    void detectsSemicolonTabAndPipeDelimiters() {
        for (String d : new String[] {";", "\t", "|"}) {
            Frame f = read("a" + d + "b" + d + "c\n1" + d + "2,5" + d + "x\n3" + d + "4" + d + "y\n");
            assertThat(f.names()).as("delimiter %s", d).containsExactly("a", "b", "c");
            assertThat(f.numeric("a").toArray()).containsExactly(1, 3);
        }
    }

    @Test
    void detectsSingleQuotes() {
        Frame f = read("a,b\n'x, y',1\n'z',2\n");
        assertThat(f.column("a").format(0)).isEqualTo("x, y");
    }

    @Test
    void quotedFieldsHoldDelimitersNewlinesAndEscapedQuotes() {
        Frame f = read("id,text\n1,\"a, b\"\n2,\"line one\nline two\"\n3,\"say \"\"hi\"\"\"\n");
        assertThat(f.rowCount()).isEqualTo(3);
        assertThat(f.column("text").format(0)).isEqualTo("a, b");
        assertThat(f.column("text").format(1)).isEqualTo("line one\nline two");
        assertThat(f.column("text").format(2)).isEqualTo("say \"hi\"");
    }

    @Test
    void readsUtf8WithBomAndCrlfLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "städt,n\r\nMünchen,1\r\nZürich,2\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Frame f = CsvReader.read("bom.csv", all, CsvOptions.defaults());
        assertThat(f.names()).containsExactly("städt", "n");
        assertThat(f.column("städt").format(1)).isEqualTo("Zürich");
        assertThat(f.numeric("n").toArray()).containsExactly(1, 2);
    }

    @Test
    void readsGzipFiles(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("a,b\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("data.csv.gz");
        Files.write(file, bytes.toByteArray());
        Frame f = CsvReader.read(file);
        assertThat(f.numeric("a").toArray()).containsExactly(1, 2);
    }

    @Test
    void withoutHeaderColumnsAreNumbered() {
        Frame f = CsvReader.read("t.csv", "1,2\n3,4\n", CsvOptions.defaults().withHeader(false));
        assertThat(f.names()).containsExactly("c1", "c2");
        assertThat(f.rowCount()).isEqualTo(2);
    }

    @Test
    void blankLinesAreSkipped() {
        assertThat(read("x,y\n1,2\n\n3,4\n").rowCount()).isEqualTo(2);
    }

    @Test
    void forcedTypesOverrideInference() {
        Frame f = CsvReader.read("t.csv", "zip,score\n01234,1\n99999,0\n",
                CsvOptions.defaults().withTypes(Map.of("zip", ColumnType.CATEGORICAL, "score", ColumnType.BOOLEAN)));
        assertThat(f.categorical("zip").get(0)).isEqualTo("01234");
        assertThat(f.bool("score").get(0)).isTrue();
        assertThat(f.bool("score").get(1)).isFalse();
    }

    @Test
    void manyDistinctStringsAreTextFewAreCategorical() {
        StringBuilder sb = new StringBuilder("id,group\n");
        for (int i = 0; i < 100; i++) {
            sb.append("user").append(i).append(',').append(i % 3 == 0 ? "x" : "y").append('\n');
        }
        Frame f = read(sb.toString());
        assertThat(f.column("id").type()).isEqualTo(ColumnType.TEXT);
        assertThat(f.column("group").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void numbersFollowedByTextLaterInTheFileMakeTheColumnTextEverywhere() throws IOException {
        StringBuilder sb = new StringBuilder("code,v\n");
        for (int i = 0; i < 2000; i++) {
            sb.append(i % 7).append(',').append(i).append('\n');
        }
        sb.append("X1,1\n");
        Frame whole = read(sb.toString());
        Frame chunked = new CsvReader(InputSource.of("t.csv", sb.toString().getBytes(StandardCharsets.UTF_8)),
                CsvOptions.defaults(), 256).read();
        for (Frame f : new Frame[] {whole, chunked}) {
            assertThat(f.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
            assertThat(f.column("code").format(0)).isEqualTo("0");
            assertThat(f.column("code").format(2000)).isEqualTo("X1");
            assertThat(f.numeric("v").get(1999)).isEqualTo(1999);
        }
    }

    @Test
    void theResultDoesNotDependOnChunkSize() throws IOException {
        StringBuilder sb = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 500; i++) {
            sb.append(i * 0.5).append(",\"q, ").append(i % 5).append("\nx\",").append(i % 2 == 0).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Frame reference = CsvReader.read("t.csv", bytes, CsvOptions.defaults());
        for (int chunk : new int[] {16, 100, 1000}) {
            Frame f = new CsvReader(InputSource.of("t.csv", bytes), CsvOptions.defaults(), chunk).read();
            assertThat(f.toString(500)).isEqualTo(reference.toString(500));
        }
        assertThat(reference.rowCount()).isEqualTo(500);
        assertThat(reference.column("b").format(3)).isEqualTo("q, 3\nx");
    }

    @Test
    void acceptsInfinityAndRejectsJavaOnlyNumberForms() {
        Frame f = read("x,y\ninf,1f\n-Infinity,0x10\n");
        assertThat(f.numeric("x").toArray()).containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        assertThat(f.column("y").type()).isNotEqualTo(ColumnType.NUMERIC);
    }
}
