package dev.lathe.ops.serve;

import dev.lathe.Lathe;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Open Inference Protocol's response documents: server and model metadata, infer responses. */
final class OipDocuments {

    private OipDocuments() {
    }

    /** {@code GET /v2}: the server's name, version and extensions. */
    static Map<String, Object> server() {
        return Map.of("name", "lathe", "version", Lathe.version(), "extensions", List.of());
    }

    /** {@code GET /v2/models/{name}}: the model's versions and its input and output tensors. */
    static Map<String, Object> model(ServedModel model) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Schema.Field f : model.pipeline().inputSchema().fields()) {
            inputs.add(tensor(f.name(), datatype(f.type()), List.of(-1)));
        }
        List<Map<String, Object>> outputs = new ArrayList<>();
        List<String> classes = model.classes();
        outputs.add(tensor("prediction", classes.isEmpty() ? "FP64" : "BYTES", List.of(-1)));
        for (String c : classes) {
            outputs.add(tensor("p_" + c, "FP64", List.of(-1)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", model.name());
        out.put("versions", List.of(model.version()));
        out.put("platform", "lathe");
        out.put("inputs", inputs);
        out.put("outputs", outputs);
        return out;
    }

    /** An infer response: one 1-D tensor per named prediction, with the request's id echoed. */
    static Map<String, Object> inferResponse(ServedModel model, String id, Frame predictions) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Column c : predictions.columns()) {
            Map<String, Object> t = tensor(c.name(), c instanceof NumericColumn ? "FP64" : "BYTES",
                    List.of(c.size()));
            t.put("data", PredictionValues.column(c));
            outputs.add(t);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model_name", model.name());
        out.put("model_version", model.version());
        if (id != null) {
            out.put("id", id);
        }
        out.put("outputs", outputs);
        return out;
    }

    private static Map<String, Object> tensor(String name, String datatype, List<Integer> shape) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("datatype", datatype);
        t.put("shape", shape);
        return t;
    }

    /** The tensor datatype a client sends for a column of {@code type}. */
    private static String datatype(ColumnType type) {
        return switch (type) {
            case NUMERIC -> "FP64";
            case BOOLEAN -> "BOOL";
            case CATEGORICAL, TEXT, TIMESTAMP -> "BYTES";
        };
    }
}
