package dev.lathe.prep.outlier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.testing.JsonFixtures;

/** The data of {@code fixtures/outlier/outliers.json} as a frame, with pandas' outputs. */
final class OutlierData {

    /** The whole fixture: data and pandas' outputs. */
    static final JsonNode REF = JsonFixtures.read("outlier/outliers.json");

    private OutlierData() {
    }

    /** Numeric columns p and q (20 rows, one missing value each) and a text column note. */
    static Frame frame() {
        double[] p = JsonFixtures.doubles(REF.get("p"));
        String[] note = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            note[i] = "row " + i;
        }
        return Frame.of(NumericColumn.of("p", p), NumericColumn.of("q", JsonFixtures.doubles(REF.get("q"))),
                TextColumn.of("note", note));
    }

    /** A target holding each row's number, 0 to 19, to follow which rows stay. */
    static Column rowNumbers() {
        double[] y = new double[REF.get("p").size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        return NumericColumn.wrap("y", y);
    }
}
