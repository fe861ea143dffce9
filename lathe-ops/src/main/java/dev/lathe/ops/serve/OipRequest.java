package dev.lathe.ops.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lathe.frame.Frame;
import dev.lathe.frame.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Open Inference Protocol (KServe V2) infer request: either one 2-D tensor of shape [rows, columns]
 * whose columns follow the model's input schema, or one 1-D tensor of shape [rows] per input column, named
 * as the column. Data may be flat (row-major) or nested; datatypes FP64, FP32, INT64, INT32, BOOL, BYTES.
 *
 * @param id   the request's {@code id}, echoed in the response (null when absent)
 * @param rows the rows as the model's input frame
 */
public record OipRequest(String id, Frame rows) {

    /**
     * Parses and checks {@code body}.
     *
     * @param body    the request body
     * @param schema  the model's input schema
     * @param maxRows the most rows one request may hold
     */
    public static OipRequest read(byte[] body, Schema schema, int maxRows) {
        JsonNode root = JsonBodies.parse(body);
        JsonNode id = root.get("id");
        if (id != null && !id.isTextual()) {
            throw RequestException.badRequest("field 'id' must be a string");
        }
        JsonNode inputs = root.get("inputs");
        if (inputs == null || !inputs.isArray() || inputs.isEmpty()) {
            throw RequestException.badRequest("field 'inputs' must be a non-empty array of tensors");
        }
        InputColumns columns = new InputColumns();
        if (inputs.size() == 1 && inputs.get(0).path("shape").size() == 2) {
            JsonNode tensor = inputs.get(0);
            List<JsonNode> cells = cells(tensor, 0);
            int rows = tensor.get("shape").get(0).asInt();
            int width = tensor.get("shape").get(1).asInt();
            for (int r = 0; r < rows; r++) {
                columns.addPositional(JsonNodeFactory.instance.arrayNode()
                        .addAll(cells.subList(r * width, (r + 1) * width)));
            }
        } else {
            for (int t = 0; t < inputs.size(); t++) {
                JsonNode tensor = inputs.get(t);
                if (tensor.path("shape").size() != 1) {
                    throw RequestException.badRequest("inputs[" + t + "]: with several input tensors each must be "
                            + "1-D (shape [rows]), one per column; or send one 2-D tensor [rows, columns]");
                }
                columns.put(name(tensor, t), cells(tensor, t));
            }
        }
        return new OipRequest(id == null ? null : id.asText(), columns.toFrame(schema, maxRows));
    }

    private static String name(JsonNode tensor, int t) {
        JsonNode name = tensor.get("name");
        if (name == null || !name.isTextual()) {
            throw RequestException.badRequest("inputs[" + t + "]: field 'name' must be a string");
        }
        return name.asText();
    }

    /** The tensor's cells in row-major order, checked against its shape and datatype. */
    private static List<JsonNode> cells(JsonNode tensor, int t) {
        String where = "inputs[" + t + "]"
                + (tensor.path("name").isTextual() ? " ('" + tensor.get("name").asText() + "')" : "");
        long expected = 1;
        for (JsonNode d : tensor.path("shape")) {
            if (!d.canConvertToInt() || d.asInt() < 0) {
                throw RequestException.badRequest(where + ": field 'shape' must hold non-negative whole numbers");
            }
            expected *= d.asInt();
        }
        String datatype = tensor.path("datatype").asText();
        List<JsonNode> cells = new ArrayList<>();
        flatten(tensor.path("data"), cells, where);
        if (cells.size() != expected) {
            throw RequestException.badRequest(where + ": shape " + tensor.get("shape") + " needs " + expected
                    + " values, 'data' holds " + cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            JsonNode c = cells.get(i);
            boolean ok = c.isNull() || switch (datatype) {
                case "FP64", "FP32" -> c.isNumber();
                case "INT64", "INT32" -> c.isIntegralNumber();
                case "BOOL" -> c.isBoolean();
                case "BYTES" -> c.isTextual();
                default -> throw RequestException.badRequest(where + ": datatype '" + datatype
                        + "' is not supported; use FP64, FP32, INT64, INT32, BOOL or BYTES");
            };
            if (!ok) {
                throw RequestException.badRequest(where + " element " + i + ": " + JsonBodies.brief(c)
                        + " is not of datatype " + datatype);
            }
        }
        return cells;
    }

    private static void flatten(JsonNode data, List<JsonNode> out, String where) {
        if (!data.isArray()) {
            throw RequestException.badRequest(where + ": field 'data' must be an array");
        }
        for (JsonNode d : data) {
            if (d.isArray()) {
                flatten(d, out, where);
            } else {
                out.add(d);
            }
        }
    }
}
