package dev.lathe.pipeline;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.Schema;
import dev.lathe.model.Classifier;
import dev.lathe.model.ClusterModel;
import dev.lathe.model.Decomposition;
import dev.lathe.model.Model;
import dev.lathe.model.Regressor;
import dev.lathe.model.Task;
import dev.lathe.monitor.profile.ProfileOptions;
import dev.lathe.monitor.profile.ReferenceProfile;
import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.Persistable;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.FittedTransformer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A fitted pipeline: the training schema, the fitted preparation steps and the fitted model. New data is
 * checked against the schema ({@link SchemaCheck}), transformed by every step, then predicted.
 */
public final class FittedPipeline implements Persistable {

    /** Type name in model files. */
    public static final String TYPE = "pipeline";

    private final Schema inputSchema;
    private final String target;
    private final List<FittedTransformer> transformers;
    private final Model model;
    private final Supplier<Provenance> provenance;
    private final Supplier<ReferenceProfile> profile;

    private FittedPipeline(Schema inputSchema, String target, List<FittedTransformer> transformers, Model model,
                           Supplier<Provenance> provenance, Supplier<ReferenceProfile> profile) {
        this.inputSchema = inputSchema;
        this.target = target;
        this.transformers = List.copyOf(transformers);
        this.model = model;
        this.provenance = once(provenance);
        this.profile = once(profile);
    }

    /**
     * A freshly fitted pipeline whose provenance and reference profile are computed on first use: they cost
     * passes over the training data (the profile also predicts every training row) that cross-validation folds
     * and search trials never need.
     *
     * @param features the training rows' feature columns, profiled with the pipeline's predictions on them
     */
    FittedPipeline(Schema inputSchema, String target, List<FittedTransformer> transformers, Model model,
                   Supplier<Provenance> provenance, Frame features) {
        this.inputSchema = inputSchema;
        this.target = target;
        this.transformers = List.copyOf(transformers);
        this.model = model;
        this.provenance = once(provenance);
        this.profile = once(() -> ReferenceProfile.of(features, predict(features), ProfileOptions.defaults()));
    }

    /** {@code source} evaluated at most once; its captures (the training data) are released afterwards. */
    private static <T> Supplier<T> once(Supplier<T> source) {
        return new Supplier<>() {
            private Supplier<T> pending = source;
            private T value;

            @Override
            public synchronized T get() {
                if (pending != null) {
                    value = pending.get();
                    pending = null;
                }
                return value;
            }
        };
    }

    /**
     * The profile of the training features and of the pipeline's predictions on them, for drift monitoring;
     * empty for pipelines loaded from files written before profiles were kept.
     */
    public Optional<ReferenceProfile> profile() {
        return Optional.ofNullable(profile.get());
    }

    /** Where the pipeline came from: specification, training data fingerprint, reference statistics, metrics. */
    public Provenance provenance() {
        return provenance.get();
    }

    /** The same pipeline with training metrics recorded (metric name to value), to be saved with it. */
    public FittedPipeline withMetrics(Map<String, ?> metrics) {
        Provenance withMetrics = provenance().withMetrics(metrics);
        return new FittedPipeline(inputSchema, target, transformers, model, () -> withMetrics, profile);
    }

    /** The feature columns the pipeline was trained on (names, types, levels). */
    public Schema inputSchema() {
        return inputSchema;
    }

    /** The target column's name; null for an unsupervised model. */
    public String target() {
        return target;
    }

    /** The fitted preparation steps, in order. */
    public List<FittedTransformer> transformers() {
        return transformers;
    }

    /** The fitted model. */
    public Model model() {
        return model;
    }

    /** What the pipeline predicts. */
    public Task task() {
        return model.task();
    }

    /**
     * Fails with a message when the model was trained without a target (clustering, decomposition), for work that
     * compares predictions with a target.
     *
     * @param work what needs the target, for the message (e.g. "lathe evaluate")
     * @return this pipeline
     */
    public FittedPipeline requireTarget(String work) {
        if (target == null) {
            throw new IllegalArgumentException(work + " needs a model trained with a target; this is a "
                    + task().label() + " model (" + model.stepType() + "), trained without one: use lathe predict");
        }
        return this;
    }

    /** {@code data} checked against the training schema and run through every fitted step. */
    public Frame transform(Frame data) {
        Frame x = SchemaCheck.conform(inputSchema, data);
        for (FittedTransformer t : transformers) {
            x = t.transform(x);
        }
        return x;
    }

    /**
     * Named predictions, one row per input row: a regression gives numeric column {@code prediction};
     * a classification gives categorical {@code prediction} and one probability column {@code p_LABEL}
     * per class. A clustering gives numeric {@code prediction}, the cluster number (-1 for noise); a
     * decomposition gives numeric {@code component_1}, {@code component_2}, ...
     */
    public Frame predict(Frame data) {
        Frame x = transform(data);
        if (model instanceof Regressor r) {
            return Frame.of(NumericColumn.wrap("prediction", r.predict(x)));
        }
        if (model instanceof ClusterModel c) {
            return Frame.of(NumericColumn.wrap("prediction", Arrays.stream(c.predict(x)).asDoubleStream().toArray()));
        }
        if (model instanceof Decomposition d) {
            double[][] z = d.transform(x);
            List<dev.lathe.frame.Column> out = new ArrayList<>();
            for (int c = 0; c < d.nComponents(); c++) {
                double[] col = new double[z.length];
                for (int i = 0; i < z.length; i++) {
                    col[i] = z[i][c];
                }
                out.add(NumericColumn.wrap("component_" + (c + 1), col));
            }
            return Frame.of(out);
        }
        Classifier c = (Classifier) model;
        double[][] p = c.predictProba(x);
        List<String> classes = c.classes();
        int[] codes = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            for (int k = 1; k < classes.size(); k++) {
                if (p[i][k] > p[i][codes[i]]) {
                    codes[i] = k;
                }
            }
        }
        List<dev.lathe.frame.Column> out = new ArrayList<>();
        out.add(CategoricalColumn.wrap("prediction", codes, classes));
        for (int k = 0; k < classes.size(); k++) {
            double[] col = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                col[i] = p[i][k];
            }
            out.add(NumericColumn.wrap("p_" + classes.get(k), col));
        }
        return Frame.of(out);
    }

    /** Saves to a {@code .lathe} file (written to a temporary name and moved into place). */
    public void save(Path file) throws IOException {
        save(file, Map.of());
    }

    /** Saves with extra manifest fields (training metrics, data fingerprint, reference statistics...). */
    public void save(Path file, Map<String, Object> manifestFields) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("target", target);
        fields.put("task", task().label());
        fields.put("input_schema", schemaJson(inputSchema));
        fields.put("steps", transformers.stream().map(Persistable::stepType).toList());
        fields.put("model", model.stepType());
        if (model instanceof Classifier c) {
            fields.put("classes", c.classes());
        }
        fields.putAll(provenance().toMap());
        fields.putAll(manifestFields);
        ModelArchive.write(file, fields, this);
    }

    /** Loads a pipeline saved by {@link #save}, refusing anything unsafe or unknown. */
    public static FittedPipeline load(Path file) throws IOException {
        return SavedPipeline.load(file).pipeline();
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("target", target);
        out.put("schema", schemaJson(inputSchema));
        out.put("provenance", provenance().toMap());
        out.children("step", transformers);
        out.child("model", model);
        profile().ifPresent(p -> out.child("profile", p));
    }

    /** Reads what {@link #save(StepWriter)} wrote. */
    public static FittedPipeline load(StepReader in) {
        List<Schema.Field> fields = new ArrayList<>();
        for (var f : in.get("schema")) {
            List<String> levels = new ArrayList<>();
            f.path("levels").forEach(l -> levels.add(l.asText()));
            ColumnType type;
            try {
                type = ColumnType.valueOf(f.path("type").asText().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw in.fail("has a column of unknown type '" + f.path("type").asText() + "'");
            }
            fields.add(new Schema.Field(f.path("name").asText(), type, levels));
        }
        Provenance provenance = Provenance.fromMap(in.getMap("provenance"));
        ReferenceProfile profile = in.hasChild("profile") ? in.child("profile", ReferenceProfile.class) : null;
        return new FittedPipeline(new Schema(fields), in.getString("target"),
                in.children("step", FittedTransformer.class), in.child("model", Model.class), () -> provenance,
                () -> profile);
    }

    private static List<Map<String, Object>> schemaJson(Schema schema) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Schema.Field f : schema.fields()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("type", f.type().label());
            m.put("levels", f.levels());
            out.add(m);
        }
        return out;
    }
}
