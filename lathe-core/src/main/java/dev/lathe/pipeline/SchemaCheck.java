package dev.lathe.pipeline;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks new data against the schema a pipeline was trained on: every training column must be present
 * with a compatible type; extra columns are ignored. Text and categorical columns convert into each
 * other (a small file may read as text what was categorical in training), and a column with no value at
 * all takes the training type; any other type change fails.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The training columns of {@code data}, in training order, converted where allowed. */
    static Frame conform(Schema expected, Frame data) {
        List<Column> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Schema.Field field : expected.fields()) {
            if (!data.has(field.name())) {
                missing.add(field.name());
                continue;
            }
            out.add(convert(field, data.column(field.name())));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the data lacks column" + (missing.size() > 1 ? "s " : " ") + missing
                    + " that the model was trained on");
        }
        return Frame.of(out);
    }

    private static Column convert(Schema.Field field, Column c) {
        if (c.type() == field.type()) {
            return c;
        }
        if (c.missingCount() == c.size()) {
            return allMissing(field.type(), c.name(), c.size());
        }
        if (field.type() == ColumnType.CATEGORICAL && c.type() == ColumnType.TEXT) {
            String[] labels = new String[c.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = c.isMissing(i) ? null : c.format(i);
            }
            return CategoricalColumn.of(c.name(), labels);
        }
        if (field.type() == ColumnType.TEXT && c.type() == ColumnType.CATEGORICAL) {
            CategoricalColumn cat = (CategoricalColumn) c;
            String[] values = new String[c.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = cat.get(i);
            }
            return TextColumn.of(c.name(), values);
        }
        throw new IllegalArgumentException("column '" + c.name() + "' is " + c.type().label()
                + ", the model was trained on " + field.type().label());
    }

    /** A column of {@code type} with every value missing (a file's empty column reads as any type). */
    private static Column allMissing(ColumnType type, String name, int rows) {
        return switch (type) {
            case NUMERIC -> {
                double[] v = new double[rows];
                java.util.Arrays.fill(v, Double.NaN);
                yield NumericColumn.wrap(name, v);
            }
            case CATEGORICAL -> CategoricalColumn.of(name, new String[rows]);
            case TEXT -> TextColumn.of(name, new String[rows]);
            case TIMESTAMP -> {
                long[] v = new long[rows];
                java.util.Arrays.fill(v, TimestampColumn.MISSING);
                yield TimestampColumn.wrap(name, v);
            }
            case BOOLEAN -> {
                byte[] v = new byte[rows];
                java.util.Arrays.fill(v, BooleanColumn.MISSING);
                yield BooleanColumn.wrap(name, v);
            }
        };
    }
}
