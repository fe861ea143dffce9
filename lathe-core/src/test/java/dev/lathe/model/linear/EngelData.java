package dev.lathe.model.linear;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.CsvFixtures;

/**
 * Test data: Engel food expenditure (test resources refs/engel.csv, from shared/refs/data) and the
 * statsmodels fixtures of fixtures/quantile (see the README there for the code that made them).
 */
final class EngelData {

    private EngelData() {
    }

    /** The Engel data: {@code income}, {@code foodexp}. */
    static Frame engel() {
        return CsvFixtures.resource("refs/engel.csv");
    }

    /** A fixture file of fixtures/quantile by name. */
    static Frame fixture(String file) {
        return CsvFixtures.read("quantile/" + file);
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
}
