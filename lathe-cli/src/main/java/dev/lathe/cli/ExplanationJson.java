package dev.lathe.cli;

import dev.lathe.explain.Explanation;
import dev.lathe.explain.PermutationImportance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code lathe explain}: {@code {"method", "output", "scale", "expected_value", "rows": [{"row",
 * "prediction", "shap": {column: value}}], "importance": {column: mean |SHAP|}}} for one output; for several
 * (classes), {@code {"method", "scale", "classes": [one such block per class, with "class"]}}. Importance is
 * ordered from the largest; {@code "permutation_importance"} is added when computed.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    static Map<String, Object> of(Explanation e, int[] rows, PermutationImportance.Result pi) {
        Map<String, Object> out;
        if (e.outputs().size() == 1) {
            out = block(e, 0, rows, "output");
        } else {
            out = new LinkedHashMap<>();
            out.put("method", e.method());
            out.put("scale", e.scale());
            List<Object> classes = new ArrayList<>();
            for (int k = 0; k < e.outputs().size(); k++) {
                classes.add(block(e, k, rows, "class"));
            }
            out.put("classes", classes);
        }
        if (pi != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("metric", pi.metric());
            p.put("baseline", Json.number(pi.baseline()));
            Map<String, Object> columns = new LinkedHashMap<>();
            double[] mean = pi.mean();
            double[] std = pi.std();
            for (int g = 0; g < mean.length; g++) {
                columns.put(pi.columns().get(g), Map.of("mean", mean[g], "std", std[g]));
            }
            p.put("columns", columns);
            out.put("permutation_importance", p);
        }
        return out;
    }

    private static Map<String, Object> block(Explanation e, int k, int[] rows, String outputKey) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("method", e.method());
        b.put(outputKey, e.outputs().get(k));
        b.put("scale", e.scale());
        b.put("expected_value", Json.number(e.expectedValue()[k]));
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < e.rowCount(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", rows[i] + 1);
            row.put("prediction", Json.number(e.predictions()[k][i]));
            Map<String, Object> shap = new LinkedHashMap<>();
            for (int j = 0; j < e.features().size(); j++) {
                shap.put(e.features().get(j), Json.number(e.values()[k][i][j]));
            }
            row.put("shap", shap);
            list.add(row);
        }
        b.put("rows", list);
        Map<String, Object> importance = new LinkedHashMap<>();
        double[] imp = e.importance(k);
        for (int j : e.ranking(k)) {
            importance.put(e.features().get(j), Json.number(imp[j]));
        }
        b.put("importance", importance);
        return b;
    }
}
