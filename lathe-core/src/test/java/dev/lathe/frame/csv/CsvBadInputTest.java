package dev.lathe.frame.csv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.UnknownColumnException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each malformed input gives a message naming the file, the line and what is wrong. */
class CsvBadInputTest {

    @Test
    void raggedRowNamesLineAndFieldCounts() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,b,c\n1,2,3\n4,5\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 3: expected 3 fields, found 2");
        assertThatThrownBy(() -> CsvReaderTest.read("a,b\n1,2\n3,4\n5,6,7\n"))
                .hasMessage("test.csv line 4: expected 2 fields, found 3");
    }

    @Test
    void raggedRowAfterAQuotedNewlineCountsPhysicalLines() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,b\n1,\"x\ny\"\n2\n"))
                .hasMessage("test.csv line 4: expected 2 fields, found 1");
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,b\n1,x\n2,\"open\n3,y\n4,z\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 3: quote opened here is never closed");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = "a,b\n1,caf\u00e9\n2,x\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read("latin1.csv", bytes, CsvOptions.defaults()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("latin1.csv line 2: invalid UTF-8 byte 0xe9 at byte offset 9; save the file as UTF-8");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> CsvReaderTest.read(""))
                .isInstanceOf(CsvFormatException.class).hasMessage("test.csv: file is empty");
        assertThatThrownBy(() -> CsvReaderTest.read("\n\n"))
                .hasMessage("test.csv: file is empty");
    }

    @Test
    void headerOnly() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,b,c\n"))
                .isInstanceOf(CsvFormatException.class).hasMessage("test.csv: no data rows after the header");
        assertThatThrownBy(() -> CsvReaderTest.read("a,b,c"))
                .hasMessage("test.csv: no data rows after the header");
    }

    @Test
    void duplicateColumnNames() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,b,a\n1,2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 1: duplicate column name 'a' (columns 1 and 3)");
    }

    @Test
    void blankColumnName() {
        assertThatThrownBy(() -> CsvReaderTest.read("a,,c\n1,2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("test.csv line 1: column 2 has a blank name");
    }

    @Test
    void forcedTypeThatACellCannotTakeNamesLineColumnAndValue() {
        CsvOptions numeric = CsvOptions.defaults().withTypes(Map.of("age", ColumnType.NUMERIC));
        assertThatThrownBy(() -> CsvReader.read("p.csv", "id,age\n1,30\n2,thirty\n3,40\n", numeric))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("p.csv line 3: column 'age': cannot read 'thirty' as numeric");
        CsvOptions bool = CsvOptions.defaults().withTypes(Map.of("ok", ColumnType.BOOLEAN));
        assertThatThrownBy(() -> CsvReader.read("p.csv", "ok\ntrue\nmaybe\n", bool))
                .hasMessage("p.csv line 3: column 'ok': cannot read 'maybe' as boolean");
        CsvOptions time = CsvOptions.defaults().withTypes(Map.of("t", ColumnType.TIMESTAMP));
        assertThatThrownBy(() -> CsvReader.read("p.csv", "t\n2024-01-01\n2024-13-45\n", time))
                .hasMessage("p.csv line 3: column 't': cannot read '2024-13-45' as timestamp");
    }

    @Test
    void forcedTypeForAnUnknownColumn() {
        CsvOptions options = CsvOptions.defaults().withTypes(Map.of("agee", ColumnType.NUMERIC));
        assertThatThrownBy(() -> CsvReader.read("p.csv", "id,age\n1,30\n", options))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageContaining("no column 'agee'; closest: 'age'");
    }
}
