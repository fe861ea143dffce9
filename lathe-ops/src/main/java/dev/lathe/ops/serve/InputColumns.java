package dev.lathe.ops.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.Schema;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.TimestampColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a JSON request gathered by column name, whatever the protocol's layout, and turned into a
 * {@link Frame} typed as the model's input schema. Every mistake is a 400 naming the column and the row
 * (rows count from 1, as the pipeline's own messages do); columns the model does not use are ignored.
 */
public final class InputColumns {

    private final Map<String, List<JsonNode>> cells = new LinkedHashMap<>();
    private final List<JsonNode> positionalRows = new ArrayList<>();
    private int recordRows;

    /** Adds one row given as an object of column name to cell; a name a row lacks is a missing value there. */
    public void addRecord(Map<String, JsonNode> row) {
        for (Map.Entry<String, JsonNode> e : row.entrySet()) {
            List<JsonNode> column = cells.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            pad(column, recordRows);
            column.add(e.getValue());
        }
        recordRows++;
    }

    /** Adds one row given as an array of cells in the order of the model's input schema. */
    public void addPositional(JsonNode row) {
        positionalRows.add(row);
    }

    /** Adds a whole column; a column given twice is refused. */
    public void put(String name, List<JsonNode> column) {
        if (cells.putIfAbsent(name, new ArrayList<>(column)) != null) {
            throw RequestException.badRequest("column '" + name + "' is given twice");
        }
    }

    /**
     * The model's columns, typed as {@code schema} says.
     *
     * @param schema  the model's input schema
     * @param maxRows the most rows one request may hold (at least 1)
     */
    public Frame toFrame(Schema schema, int maxRows) {
        if (!positionalRows.isEmpty()) {
            placePositional(schema);
        }
        if (recordRows > 0) {
            cells.values().forEach(column -> pad(column, recordRows));
        }
        List<String> missing = new ArrayList<>();
        int rows = -1;
        for (Schema.Field field : schema.fields()) {
            List<JsonNode> column = cells.get(field.name());
            if (column == null) {
                missing.add(field.name());
            } else if (rows >= 0 && column.size() != rows) {
                throw RequestException.badRequest("column '" + field.name() + "' has " + column.size()
                        + " values, other columns have " + rows);
            } else {
                rows = column.size();
            }
        }
        if (!missing.isEmpty()) {
            throw RequestException.badRequest("missing column" + (missing.size() > 1 ? "s " : " ") + missing
                    + " that the model needs; it takes "
                    + schema.fields().stream().map(Schema.Field::name).toList());
        }
        checkRows(rows, maxRows);
        List<Column> out = new ArrayList<>();
        for (Schema.Field field : schema.fields()) {
            out.add(column(field, cells.get(field.name())));
        }
        return Frame.of(out);
    }

    /**
     * Refuses an empty request or one of more than {@code maxRows} rows.
     *
     * @param rows    the rows the request holds
     * @param maxRows the most rows one request may hold
     */
    public static void checkRows(int rows, int maxRows) {
        if (rows <= 0) {
            throw RequestException.badRequest("the request holds no rows");
        }
        if (rows > maxRows) {
            throw RequestException.badRequest("the request holds " + rows + " rows, more than the limit of "
                    + maxRows);
        }
    }

    private void placePositional(Schema schema) {
        if (!cells.isEmpty()) {
            throw RequestException.badRequest("rows are given both as objects and as arrays; use one form");
        }
        List<Schema.Field> fields = schema.fields();
        int row = 0;
        for (JsonNode values : positionalRows) {
            row++;
            if (values.size() != fields.size()) {
                throw RequestException.badRequest("row " + row + " holds " + values.size() + " values; the model takes "
                        + fields.size() + ", in the order " + fields.stream().map(Schema.Field::name).toList());
            }
            for (int j = 0; j < fields.size(); j++) {
                cells.computeIfAbsent(fields.get(j).name(), k -> new ArrayList<>()).add(values.get(j));
            }
        }
    }

    private static void pad(List<JsonNode> column, int size) {
        while (column.size() < size) {
            column.add(NullNode.getInstance());
        }
    }

    private static Column column(Schema.Field field, List<JsonNode> values) {
        String name = field.name();
        int n = values.size();
        switch (field.type()) {
            case NUMERIC -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    JsonNode c = values.get(i);
                    v[i] = isNull(c) ? Double.NaN : c.isNumber() ? c.doubleValue() : fail(field, i, c, "a number");
                }
                return NumericColumn.wrap(name, v);
            }
            case BOOLEAN -> {
                byte[] v = new byte[n];
                for (int i = 0; i < n; i++) {
                    JsonNode c = values.get(i);
                    if (isNull(c)) {
                        v[i] = BooleanColumn.MISSING;
                    } else if (c.isBoolean() || c.isTextual() && (c.asText().equals("true") || c.asText().equals("false"))) {
                        v[i] = (byte) (c.asText().equals("true") ? 1 : 0);
                    } else {
                        fail(field, i, c, "true or false");
                    }
                }
                return BooleanColumn.wrap(name, v);
            }
            case TIMESTAMP -> {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = epochMillis(field, i, values.get(i));
                }
                return TimestampColumn.wrap(name, v);
            }
            default -> {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    JsonNode c = values.get(i);
                    if (!isNull(c) && !c.isValueNode()) {
                        fail(field, i, c, "a label");
                    }
                    v[i] = isNull(c) ? null : c.asText();
                }
                return field.type() == ColumnType.TEXT ? TextColumn.of(name, v)
                        : CategoricalColumn.of(name, v);
            }
        }
    }

    private static long epochMillis(Schema.Field field, int row, JsonNode c) {
        if (isNull(c)) {
            return TimestampColumn.MISSING;
        }
        if (c.isIntegralNumber()) {
            return c.longValue();
        }
        if (c.isTextual()) {
            String s = c.asText();
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException notDateTime) {
                    try {
                        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                    } catch (DateTimeParseException notDate) {
                        // falls through to the refusal below
                    }
                }
            }
        }
        return (long) fail(field, row, c, "an ISO-8601 date or time, or epoch milliseconds");
    }

    private static boolean isNull(JsonNode c) {
        return c == null || c.isNull() || c.isMissingNode();
    }

    private static double fail(Schema.Field field, int row, JsonNode c, String expected) {
        throw RequestException.badRequest("column '" + field.name() + "' row " + (row + 1) + ": expected "
                + expected + " (the column is " + field.type().label() + "), got " + JsonBodies.brief(c));
    }
}
