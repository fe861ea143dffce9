package dev.lathe.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetsTest {

    /** The same labels through the text path, which formats every row. */
    private static Targets.Encoded asText(double[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = NumericColumn.format(values[i]);
        }
        return Targets.labels(TextColumn.of("y", labels));
    }

    @Test
    void aNumericTargetWithFewValuesEncodesAsItsFormattedLabels() {
        double[] v = new double[500];
        Random random = new Random(7);
        double[] pool = {1, 0.0, -0.0, 2.5, -3, 10};
        for (int i = 0; i < v.length; i++) {
            v[i] = pool[random.nextInt(pool.length)];
        }
        Targets.Encoded fast = Targets.labels(NumericColumn.of("y", v));
        Targets.Encoded text = asText(v);
        assertEquals(text.classes(), fast.classes());
        assertArrayEquals(text.codes(), fast.codes());
        assertEquals(List.of("-3", "0", "1", "2.5", "10"), fast.classes(), "0.0 and -0.0 share the label 0");
    }

    @Test
    void aNumericTargetWithManyValuesEncodesAsItsFormattedLabels() {
        double[] v = new double[300];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37) % 101; // 101 distinct values, more than are kept in a list
        }
        Targets.Encoded fast = Targets.labels(NumericColumn.of("y", v));
        Targets.Encoded text = asText(v);
        assertEquals(101, fast.classes().size());
        assertEquals(text.classes(), fast.classes());
        assertArrayEquals(text.codes(), fast.codes());
    }

    @Test
    void aMissingNumericLabelIsRefusedWithItsRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Targets.labels(NumericColumn.of("y", 1, 0, Double.NaN, 1)));
        assertTrue(e.getMessage().contains("missing label in row 3"), e.getMessage());
    }
}
