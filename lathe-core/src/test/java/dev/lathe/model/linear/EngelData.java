package dev.lathe.model.linear;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Test data: Engel food expenditure (test resources refs/engel.csv, from shared/refs/data) and the
 * statsmodels fixtures of fixtures/quantile (see the README there for the code that made them).
 */
final class EngelData {

    private EngelData() {
    }

    /** The Engel data: {@code income}, {@code foodexp}. */
    static Frame engel() {
        return csv("/refs/engel.csv");
    }

    /** A fixture file of fixtures/quantile by name. */
    static Frame fixture(String file) {
        return csv("/fixtures/quantile/" + file);
    }

    /** The value in column {@code column} of the fixture row for quantile {@code q} and term {@code term}. */
    static double value(Frame fixture, double q, String term, String column) {
        NumericColumn qs = fixture.numeric("q");
        NumericColumn values = fixture.numeric(column);
        for (int i = 0; i < fixture.rowCount(); i++) {
            if (qs.get(i) == q && fixture.column("term").format(i).equals(term)) {
                return values.get(i);
            }
        }
        throw new IllegalArgumentException("no fixture row for q = " + q + ", term " + term);
    }

    private static Frame csv(String resource) {
        try (InputStream in = EngelData.class.getResourceAsStream(resource)) {
            return CsvReader.read(resource, in.readAllBytes(), CsvOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
