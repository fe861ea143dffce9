package dev.lathe.ops.flow.spec;

import dev.lathe.eval.Metric;
import dev.lathe.frame.ColumnType;
import dev.lathe.ops.flow.checks.CategorySet;
import dev.lathe.ops.flow.checks.ColumnTypes;
import dev.lathe.ops.flow.checks.DataCheck;
import dev.lathe.ops.flow.checks.DataChecks;
import dev.lathe.ops.flow.checks.Freshness;
import dev.lathe.ops.flow.checks.MaxMissing;
import dev.lathe.ops.flow.checks.MinRows;
import dev.lathe.ops.flow.checks.MinRowsPerClass;
import dev.lathe.ops.flow.checks.TargetUsable;
import dev.lathe.ops.flow.checks.UniqueId;
import dev.lathe.ops.flow.checks.ValueRange;
import dev.lathe.pipeline.ModelCatalog;
import dev.lathe.tune.SpaceFile;
import dev.lathe.tune.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads a flow spec from YAML and checks it before anything runs: unknown keys (with the closest known one),
 * types and ranges, model, step and metric names, search spaces, and that the data files exist. Every problem
 * is collected, each with its line, and reported at once in one {@link FlowSpecException}.
 */
public final class FlowSpecReader {

    static final List<String> TOP = List.of("name", "seed", "design", "data", "checks", "split", "prep", "models",
            "tune", "evaluate", "output");
    static final List<String> DESIGN = List.of("use_case", "priority", "owner", "success_metric", "baseline",
            "latency_ms", "model_size_mb");
    static final List<String> DATA = List.of("train", "test", "target", "id", "time", "types");
    static final List<String> CHECKS = List.of("min_rows", "columns", "max_missing", "target", "min_rows_per_class",
            "ranges", "categories", "freshness", "unique_id");
    static final List<String> SPLIT = List.of("method", "test_size");
    static final List<String> MODEL = List.of("params", "space");
    static final List<String> TUNE = List.of("method", "trials", "folds", "metric");
    static final List<String> EVALUATE = List.of("metrics", "bootstrap", "explain", "curves");
    static final List<String> OUTPUT = List.of("dir", "model", "report");

    private final String source;
    private final Path folder;
    private final Problems problems;

    private FlowSpecReader(Path file) {
        this.source = file.toString();
        Path parent = file.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.problems = new Problems(source);
    }

    /**
     * Reads and checks the spec file; every problem found is in the {@link FlowSpecException}.
     *
     * @throws NoSuchFileException when the file does not exist
     */
    public static FlowSpec read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new FlowSpecReader(file).parse(file, text);
    }

    private FlowSpec parse(Path file, String text) {
        YamlNode root;
        try {
            root = YamlNode.parse(text, source);
        } catch (IllegalArgumentException e) {
            throw new FlowSpecException(List.of(e.getMessage()));
        }
        Fields top = new Fields(root, "the flow spec", problems, TOP);
        String name = top.text("name", folder.getFileName() == null ? "flow" : folder.getFileName().toString(), false);
        Integer seedValue = top.whole("seed", 0, 0, Integer.MAX_VALUE);
        long seed = seedValue == null ? 0 : seedValue;
        Design design = design(section(top, "design", true));
        DataSpec data = data(section(top, "data", true));
        DataChecks checks = checks(section(top, "checks", false));
        SplitSpec split = split(section(top, "split", false), data);
        List<StepSpec> prep = top.has("prep") ? prep(top.node("prep")) : null;
        List<Candidate> models = models(top);
        TuneSpec tune = tune(section(top, "tune", false));
        EvaluateSpec evaluate = evaluate(section(top, "evaluate", false), design);
        OutputSpec output = output(section(top, "output", false));
        problems.throwIfAny();
        return new FlowSpec(file, text, name, seed, design, data, checks, split, prep, models, tune, evaluate, output);
    }

    private Fields section(Fields top, String key, boolean required) {
        if (required && !top.has(key)) {
            problems.add(top.line(), "the flow spec needs a '" + key + "' section");
        }
        List<String> known = switch (key) {
            case "design" -> DESIGN;
            case "data" -> DATA;
            case "checks" -> CHECKS;
            case "split" -> SPLIT;
            case "tune" -> TUNE;
            case "evaluate" -> EVALUATE;
            default -> OUTPUT;
        };
        return new Fields(top.node(key), "the " + key + " section", problems, known);
    }

    private Design design(Fields f) {
        String useCase = f.text("use_case", null, f.line() > 0);
        String priority = f.choice("priority", "medium", List.of("low", "medium", "high", "critical"));
        String owner = f.text("owner", null, f.line() > 0);
        String metricText = f.text("success_metric", null, f.line() > 0);
        Threshold success = null;
        if (metricText != null) {
            try {
                success = Threshold.parse(metricText);
                metric(success.metric(), f.line("success_metric"), "success_metric");
            } catch (IllegalArgumentException e) {
                problems.add(f.line("success_metric"), e.getMessage());
            }
        }
        String baseline = f.text("baseline", "baseline", false);
        model(baseline, f.line("baseline"));
        Double latency = f.number("latency_ms", null, 0, Double.MAX_VALUE);
        Double size = f.number("model_size_mb", null, 0, Double.MAX_VALUE);
        return new Design(useCase, priority, owner, success, baseline, latency, size);
    }

    private DataSpec data(Fields f) {
        DataSource train = source(f, "train", true);
        DataSource test = source(f, "test", false);
        String target = f.text("target", null, f.line() > 0);
        String id = f.text("id", null, false);
        String time = f.text("time", null, false);
        Map<String, ColumnType> types = new LinkedHashMap<>();
        f.textMap("types").forEach((column, type) -> {
            try {
                types.put(column, StepCatalog.type(type));
            } catch (IllegalArgumentException e) {
                problems.add(f.line("types"), "column '" + column + "': " + e.getMessage());
            }
        });
        return new DataSpec(train, test, target, id, time, types);
    }

    /** A data source: a CSV path, {csv: PATH}, or {jdbc: URL, query: SQL}. */
    private DataSource source(Fields f, String key, boolean required) {
        YamlNode node = f.node(key);
        String path;
        if (node instanceof YamlNode.Mapping m) {
            Fields s = new Fields(m, "'" + key + "'", problems, List.of("csv", "jdbc", "query"));
            if (s.has("jdbc") || s.has("query")) {
                String url = s.text("jdbc", null, true);
                String query = s.text("query", null, true);
                if (s.has("csv")) {
                    problems.add(f.line(key), "'" + key + "': give either csv or jdbc with query, not both");
                }
                if (url != null && !url.startsWith("jdbc:")) {
                    problems.add(f.line(key), "'" + key + "': jdbc must be a JDBC URL (jdbc:sqlite:FILE, "
                            + "jdbc:postgresql://HOST/DB...), got '" + url + "'");
                }
                return url == null || query == null ? null : new DataSource.Query(url, query);
            }
            path = s.text("csv", null, true);
        } else {
            path = f.text(key, null, required);
        }
        if (path == null) {
            return null;
        }
        if (path.startsWith("jdbc:")) {
            problems.add(f.line(key), "'" + key + "': a database source needs a query: {jdbc: URL, query: SELECT ...}");
            return null;
        }
        Path resolved = folder.resolve(path).normalize();
        if (!Files.isRegularFile(resolved)) {
            problems.add(f.line(key), "data file '" + path + "' not found (looked for " + resolved + ")");
        }
        return new DataSource.CsvFile(resolved);
    }

    private DataChecks checks(Fields f) {
        List<DataCheck> checks = new ArrayList<>();
        Fields target = sub(f, "target", List.of("mostly"));
        checks.add(new TargetUsable(mostly(target)));
        for (String key : f.keys()) {
            int line = f.line(key);
            switch (key) {
                case "min_rows" -> {
                    Integer n = f.whole(key, null, 1, Integer.MAX_VALUE);
                    if (n != null) {
                        checks.add(new MinRows(n));
                    }
                }
                case "min_rows_per_class" -> {
                    Integer n = f.whole(key, null, 1, Integer.MAX_VALUE);
                    if (n != null) {
                        checks.add(new MinRowsPerClass(n));
                    }
                }
                case "columns" -> {
                    Map<String, ColumnType> required = new LinkedHashMap<>();
                    f.textMap(key).forEach((column, type) -> {
                        try {
                            required.put(column, StepCatalog.type(type));
                        } catch (IllegalArgumentException e) {
                            problems.add(line, "checks.columns '" + column + "': " + e.getMessage());
                        }
                    });
                    checks.add(new ColumnTypes(required));
                }
                case "max_missing" -> checks.add(maxMissing(f));
                case "ranges" -> ranges(f).forEach(checks::add);
                case "categories" -> categories(f).forEach(checks::add);
                case "freshness" -> {
                    Fields s = sub(f, key, List.of("max_age_days", "as_of"));
                    Double days = s.number("max_age_days", null, 0, Double.MAX_VALUE);
                    if (days == null) {
                        problems.add(line, "checks.freshness needs 'max_age_days'");
                    } else {
                        checks.add(new Freshness(days, instant(s)));
                    }
                }
                case "unique_id" -> checks.add(new UniqueId(mostly(sub(f, key, List.of("mostly")))));
                default -> {
                    // the target check is always first; unknown keys were reported by Fields
                }
            }
        }
        return new DataChecks(checks);
    }

    private MaxMissing maxMissing(Fields f) {
        if (f.node("max_missing") instanceof YamlNode.Mapping) {
            Fields s = sub(f, "max_missing", List.of("share", "columns"));
            Double share = s.number("share", 0.0, 0, 1);
            return new MaxMissing(share == null ? 0 : share, s.texts("columns"));
        }
        Double share = f.number("max_missing", 0.0, 0, 1);
        return new MaxMissing(share == null ? 0 : share, List.of());
    }

    private List<DataCheck> ranges(Fields f) {
        List<DataCheck> out = new ArrayList<>();
        YamlNode.Mapping m = Fields.asMapping(f.node("ranges"), "checks.ranges", problems);
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String column = e.getKey();
            int line = m.keyLines().get(column);
            Fields r = new Fields(e.getValue(), "checks.ranges." + column, problems, List.of("min", "max", "mostly"));
            Double min = r.number("min", Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, Double.MAX_VALUE);
            Double max = r.number("max", Double.POSITIVE_INFINITY, -Double.MAX_VALUE, Double.MAX_VALUE);
            if (!r.has("min") && !r.has("max")) {
                problems.add(line, "checks.ranges." + column + " needs 'min', 'max' or both");
            } else if (min > max) {
                problems.add(line, "checks.ranges." + column + ": min " + min + " is above max " + max);
            }
            out.add(new ValueRange(column, min, max, mostly(r)));
        }
        return out;
    }

    private List<DataCheck> categories(Fields f) {
        List<DataCheck> out = new ArrayList<>();
        YamlNode.Mapping m = Fields.asMapping(f.node("categories"), "checks.categories", problems);
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String column = e.getKey();
            int line = m.keyLines().get(column);
            List<String> values;
            double mostly = 1;
            if (e.getValue() instanceof YamlNode.Sequence) {
                values = new Fields(new YamlNode.Mapping(Map.of("values", e.getValue()), Map.of("values", line), line),
                        "checks.categories", problems, List.of("values")).texts("values");
            } else {
                Fields c = new Fields(e.getValue(), "checks.categories." + column, problems, List.of("values", "mostly"));
                values = c.texts("values");
                mostly = mostly(c);
            }
            if (values.isEmpty()) {
                problems.add(line, "checks.categories." + column + " needs a non-empty list of allowed values");
            }
            out.add(new CategorySet(column, new LinkedHashSet<>(values), mostly));
        }
        return out;
    }

    /** The sub-mapping {@code key} of a check; {@code key: true} or an empty value is an empty mapping. */
    private Fields sub(Fields f, String key, List<String> known) {
        YamlNode n = f.node(key);
        if (n instanceof YamlNode.Scalar s && Boolean.TRUE.equals(s.value())) {
            n = null;
        }
        return new Fields(n, "checks." + key, problems, known);
    }

    private double mostly(Fields f) {
        Double m = f.number("mostly", 1.0, 0, 1);
        return m == null ? 1 : m;
    }

    private Instant instant(Fields f) {
        String text = f.text("as_of", null, false);
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(f.line("as_of"), "'as_of' must be a date (2024-03-01) or an instant (2024-03-01T12:00:00Z), "
                    + "got '" + text + "'");
            return null;
        }
    }

    private SplitSpec split(Fields f, DataSpec data) {
        String method = f.choice("method", "auto", List.of("auto", "random", "stratified", "time"));
        if ("time".equals(method) && data.time() == null) {
            problems.add(f.line("method"), "split method 'time' needs a time column (data.time)");
        }
        Double size = f.number("test_size", 0.2, 0.01, 0.99);
        return new SplitSpec(method, size == null ? 0.2 : size);
    }

    private List<StepSpec> prep(YamlNode node) {
        List<StepSpec> steps = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence list)) {
            problems.add(node == null ? 0 : node.line(), "'prep' must be a list of steps, e.g. '- standard_scaler' or "
                    + "'- numeric_imputer: {strategy: median}'");
            return steps;
        }
        for (YamlNode item : list.items()) {
            Named named = named(item, "preparation step");
            if (named == null) {
                continue;
            }
            Map<String, Object> params = new LinkedHashMap<>();
            if (named.body() instanceof YamlNode.Mapping m) {
                m.entries().forEach((k, v) -> params.put(k, Fields.plainValue(v)));
            } else if (named.body() != null && !(named.body() instanceof YamlNode.Scalar s && s.value() == null)) {
                problems.add(item.line(), "step '" + named.name() + "' takes a mapping of hyperparameters, got "
                        + Fields.describe(named.body()));
                continue;
            }
            try {
                steps.add(new StepSpec(named.name(), StepCatalog.build(named.name(), params), item.line()));
            } catch (IllegalArgumentException e) {
                problems.add(item.line(), "step '" + named.name() + "': " + e.getMessage());
            }
        }
        return steps;
    }

    private List<Candidate> models(Fields top) {
        List<Candidate> out = new ArrayList<>();
        YamlNode node = top.node("models");
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problems.add(node == null ? top.line() : node.line(), "the flow spec needs 'models': a non-empty list of "
                    + "candidate models, e.g. '- gradient_boosting'");
            return out;
        }
        for (YamlNode item : list.items()) {
            Named named = named(item, "model");
            if (named == null || !model(named.name(), item.line())) {
                continue;
            }
            Fields f = new Fields(named.body(), "model '" + named.name() + "'", problems, MODEL);
            Map<String, Object> params = new LinkedHashMap<>();
            Fields.asMapping(f.node("params"), "'params' of model '" + named.name() + "'", problems).entries()
                    .forEach((k, v) -> params.put(k, Fields.plainValue(v)));
            SpaceFile space = null;
            if (f.has("space")) {
                YamlNode s = f.node("space");
                if (s instanceof YamlNode.Mapping m && m.entries().isEmpty()
                        || s instanceof YamlNode.Scalar sc && sc.value() == null) {
                    problems.add(f.line("space"), "model '" + named.name() + "' has an empty search space; give at "
                            + "least one hyperparameter, or leave 'space' out to search the model's default space");
                } else {
                    try {
                        space = SpaceFile.of(s, source);
                    } catch (IllegalArgumentException e) {
                        problems.addFormatted(e.getMessage());
                    }
                }
            }
            out.add(new Candidate(named.name(), params, space, item.line()));
        }
        return out;
    }

    /** A list item written {@code name} or {@code name: body}. */
    private record Named(String name, YamlNode body) {
    }

    private Named named(YamlNode item, String what) {
        if (item instanceof YamlNode.Scalar s && s.value() != null) {
            return new Named(String.valueOf(s.value()).strip(), null);
        }
        if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            Map.Entry<String, YamlNode> e = m.entries().entrySet().iterator().next();
            return new Named(e.getKey(), e.getValue());
        }
        problems.add(item.line(), "a " + what + " is written 'NAME' or 'NAME: {...}', got " + Fields.describe(item));
        return null;
    }

    private boolean model(String name, int line) {
        if (name == null || ModelCatalog.names().contains(name)) {
            return true;
        }
        problems.add(line, "unknown model '" + name + "'" + Fields.known(name, ModelCatalog.names()));
        return false;
    }

    private void metric(String name, int line, String key) {
        if (!Metric.names().contains(name)) {
            problems.add(line, key + ": unknown metric '" + name + "'" + Fields.known(name, Metric.names()));
        }
    }

    private TuneSpec tune(Fields f) {
        String method = f.choice("method", "random", List.of("grid", "random", "bayes"));
        Integer trials = f.whole("trials", 10, 1, 10_000);
        Integer folds = f.whole("folds", 5, 2, 50);
        String metric = f.text("metric", null, false);
        if (metric != null) {
            metric(metric, f.line("metric"), "tune.metric");
        }
        return new TuneSpec(method, trials == null ? 10 : trials, folds == null ? 5 : folds, metric);
    }

    private EvaluateSpec evaluate(Fields f, Design design) {
        List<String> metrics = f.texts("metrics");
        metrics.forEach(m -> metric(m, f.line("metrics"), "evaluate.metrics"));
        if (metrics.isEmpty() && design.success() != null) {
            metrics = List.of(design.success().metric());
        }
        Integer bootstrap = f.whole("bootstrap", 1000, 1, 100_000);
        return new EvaluateSpec(metrics, bootstrap == null ? 1000 : bootstrap, f.flag("explain", true),
                f.flag("curves", true));
    }

    private OutputSpec output(Fields f) {
        Path dir = folder.resolve(f.text("dir", "run", false)).normalize();
        String model = f.text("model", null, false);
        String report = f.text("report", null, false);
        return new OutputSpec(dir, model == null ? dir.resolve("model.lathe") : folder.resolve(model).normalize(),
                report == null ? dir.resolve("report.html") : folder.resolve(report).normalize());
    }
}
