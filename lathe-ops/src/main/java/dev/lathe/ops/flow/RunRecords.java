package dev.lathe.ops.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lathe.eval.MetricEstimate;
import dev.lathe.ops.flow.checks.CheckResult;
import dev.lathe.ops.flow.explain.Explanation;
import dev.lathe.param.RecordParams;
import dev.lathe.tune.Spread;
import dev.lathe.tune.Trial;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable records of a run: {@code metrics.json} (everything that must come out the same for the same
 * spec and seed: checks, candidates, test metrics with intervals, explanation, acceptance) and
 * {@code leaderboard.csv} (every trial of every candidate, best first).
 */
public final class RunRecords {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunRecords() {
    }

    /** The content of {@code metrics.json}, as a map. */
    public static Map<String, Object> metrics(FlowResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flow", r.spec().name());
        m.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
        m.put("seed", r.spec().seed());
        m.put("target", r.spec().data().target());
        m.put("success_metric", String.valueOf(r.spec().design().success()));
        m.put("checks", r.checks().stream().map(CheckResult::toMap).toList());
        if (r.candidates() == null) {
            return m;
        }
        m.put("task", r.task().label());
        m.put("train_rows", r.split().train().rowCount());
        m.put("test_rows", r.split().test().rowCount());
        m.put("split", r.split().method());
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (CandidateResult c : r.candidates()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", c.candidate().model());
            row.put("trials", c.search().trials().size());
            row.put("best_params", params(c.best()));
            for (String metric : c.search().metrics()) {
                Spread s = c.best().cv().spread(metric);
                row.put("cv_mean_" + metric, number(s.mean()));
                row.put("cv_std_" + metric, number(s.sd()));
            }
            candidates.add(row);
        }
        m.put("candidates", candidates);
        m.put("chosen", Map.of("model", r.chosen().candidate().model(), "params", params(r.chosen().best())));
        Map<String, Object> test = new LinkedHashMap<>();
        for (MetricEstimate e : r.evaluation().evaluation().metrics()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("value", number(e.value()));
            row.put("lower", number(e.interval().lower()));
            row.put("upper", number(e.interval().upper()));
            row.put("baseline", number(e.baseline()));
            test.put(e.name(), row);
        }
        m.put("test", test);
        if (r.explanation() != null) {
            Map<String, Object> importance = new LinkedHashMap<>();
            for (Explanation.Importance i : r.explanation().features()) {
                importance.put(i.feature(), Map.of("mean", number(i.mean()), "sd", number(i.sd())));
            }
            m.put("importance", Map.of("method", r.explanation().method(), "metric", r.explanation().metric(),
                    "features", importance));
        }
        Acceptance a = r.acceptance();
        Map<String, Object> acceptance = new LinkedHashMap<>();
        acceptance.put("threshold", a.threshold().toString());
        acceptance.put("value", number(a.value()));
        acceptance.put("baseline", a.baseline());
        acceptance.put("baseline_value", number(a.baselineValue()));
        acceptance.put("passed", a.passed());
        acceptance.put("failures", a.failures());
        m.put("acceptance", acceptance);
        return m;
    }

    /** {@code metrics.json}. */
    public static String metricsJson(FlowResult r) {
        return json(metrics(r));
    }

    /** Indented JSON of {@code value}. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code leaderboard.csv}: rank, model, trial, params (as JSON), then mean and standard deviation of every
     * cross-validated metric; every trial of every candidate, best first by the ranking metric.
     */
    public static String leaderboardCsv(FlowResult r) {
        List<String> metrics = r.candidates().get(0).search().metrics();
        String ranking = metrics.get(0);
        boolean greater = r.candidates().get(0).search().scorers().get(0).greaterIsBetter();
        record Row(String model, Trial trial) {
        }
        List<Row> rows = new ArrayList<>();
        r.candidates().forEach(c -> c.search().trials().forEach(t -> rows.add(new Row(c.candidate().model(), t))));
        Comparator<Row> order = Comparator.comparingDouble(row -> {
            double v = row.trial().mean(ranking);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : greater ? -v : v;
        });
        rows.sort(order);
        StringBuilder sb = new StringBuilder("rank,model,trial,params");
        metrics.forEach(m -> sb.append(",mean_").append(m).append(",std_").append(m));
        sb.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            sb.append(i + 1).append(',').append(row.model()).append(',').append(row.trial().number()).append(',')
                    .append(quote(json(params(row.trial())).strip().replaceAll("\\s*\\n\\s*", " ")));
            for (String m : metrics) {
                Spread s = row.trial().cv().spread(m);
                sb.append(',').append(s.mean()).append(',').append(s.sd());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> params(Trial t) {
        Map<String, Object> out = new LinkedHashMap<>();
        t.params().forEach((k, v) -> out.put(k, RecordParams.jsonValue(v)));
        return out;
    }

    private static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
