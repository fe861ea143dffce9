package dev.lathe.ops.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.frame.csv.CsvFormatException;
import dev.lathe.frame.csv.CsvOptions;
import dev.lathe.frame.csv.CsvReader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of an MLflow {@code POST /invocations}: JSON holding exactly one of {@code dataframe_split},
 * {@code dataframe_records}, {@code instances} or {@code inputs} (and optionally an empty {@code params}), or
 * a CSV file with a header row ({@code text/csv}).
 */
public final class MlflowRequest {

    private static final Set<String> KEYS = Set.of("dataframe_split", "dataframe_records", "instances", "inputs");

    private MlflowRequest() {
    }

    /**
     * The rows of the request as the model's input frame.
     *
     * @param contentType the request's Content-Type (JSON unless it names CSV)
     * @param body        the request body
     * @param schema      the model's input schema
     * @param maxRows     the most rows one request may hold
     */
    public static Frame read(String contentType, byte[] body, Schema schema, int maxRows) {
        String type = contentType == null ? "application/json" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return csv(body, schema, maxRows);
        }
        if (!type.startsWith("application/json")) {
            throw new RequestException(415, "content type '" + contentType
                    + "' is not supported; send application/json or text/csv");
        }
        JsonNode root = JsonBodies.parse(body);
        return json(root).toFrame(schema, maxRows);
    }

    private static InputColumns json(JsonNode root) {
        String key = null;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (KEYS.contains(field)) {
                if (key != null) {
                    throw RequestException.badRequest("the body holds both '" + key + "' and '" + field
                            + "'; give exactly one of " + KEYS);
                }
                key = field;
            } else if (!field.equals("params")) {
                throw RequestException.badRequest("unknown field '" + field + "'; expected one of " + KEYS
                        + " and optionally 'params'");
            }
        }
        if (key == null) {
            throw RequestException.badRequest("the body holds none of " + KEYS);
        }
        JsonNode params = root.get("params");
        if (params != null && !(params.isObject() && params.isEmpty())) {
            throw RequestException.badRequest("field 'params': the model takes no parameters");
        }
        JsonNode data = root.get(key);
        return switch (key) {
            case "dataframe_split" -> split(data);
            case "dataframe_records" -> records(key, data);
            default -> data.isObject() ? columns(key, data) : records(key, data);
        };
    }

    private static InputColumns split(JsonNode split) {
        if (!split.isObject() || !split.path("columns").isArray() || !split.path("data").isArray()) {
            throw RequestException.badRequest("field 'dataframe_split' must hold arrays 'columns' and 'data'");
        }
        List<String> names = new java.util.ArrayList<>();
        split.get("columns").forEach(c -> names.add(c.asText()));
        List<List<JsonNode>> columns = new java.util.ArrayList<>();
        names.forEach(n -> columns.add(new java.util.ArrayList<>()));
        int row = 0;
        for (JsonNode values : split.get("data")) {
            row++;
            if (!values.isArray() || values.size() != names.size()) {
                throw RequestException.badRequest("field 'dataframe_split' row " + row + ": expected an array of "
                        + names.size() + " values, got " + JsonBodies.brief(values));
            }
            for (int j = 0; j < names.size(); j++) {
                columns.get(j).add(values.get(j));
            }
        }
        InputColumns out = new InputColumns();
        for (int j = 0; j < names.size(); j++) {
            out.put(names.get(j), columns.get(j));
        }
        return out;
    }

    /** A list of objects (one per row) or, for {@code instances} and {@code inputs}, of arrays in schema order. */
    private static InputColumns records(String key, JsonNode rows) {
        if (!rows.isArray()) {
            throw RequestException.badRequest("field '" + key + "' must be an array of rows");
        }
        InputColumns out = new InputColumns();
        int row = 0;
        for (JsonNode r : rows) {
            row++;
            if (r.isObject()) {
                Map<String, JsonNode> record = new java.util.LinkedHashMap<>();
                r.properties().forEach(e -> record.put(e.getKey(), e.getValue()));
                out.addRecord(record);
            } else if (r.isArray() && !key.equals("dataframe_records")) {
                out.addPositional(r);
            } else {
                throw RequestException.badRequest("field '" + key + "' row " + row + ": expected an object"
                        + (key.equals("dataframe_records") ? "" : " or an array") + ", got " + JsonBodies.brief(r));
            }
        }
        return out;
    }

    private static InputColumns columns(String key, JsonNode object) {
        InputColumns out = new InputColumns();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!e.getValue().isArray()) {
                throw RequestException.badRequest("field '" + key + "." + e.getKey() + "' must be an array of values");
            }
            List<JsonNode> values = new java.util.ArrayList<>();
            e.getValue().forEach(values::add);
            out.put(e.getKey(), values);
        }
        return out;
    }

    private static Frame csv(byte[] body, Schema schema, int maxRows) {
        Map<String, ColumnType> types = new HashMap<>();
        schema.fields().forEach(f -> types.put(f.name(), f.type()));
        Frame frame;
        try {
            frame = CsvReader.read("request body", body, CsvOptions.defaults().withTypes(types));
        } catch (UnknownColumnException e) {
            throw RequestException.badRequest("missing column '" + e.requested() + "' that the model needs");
        } catch (CsvFormatException e) {
            throw RequestException.badRequest(e.getMessage());
        }
        InputColumns.checkRows(frame.rowCount(), maxRows);
        return frame;
    }
}
