package dev.lathe.explain;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Model;
import dev.lathe.model.linear.LinearExplainable;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Explains a fitted pipeline in the space of its input columns, through its steps: the exact explainers
 * (TreeSHAP, Linear SHAP) explain the model on the prepared features and sum the features of each input
 * column (the one-hot indicators of a categorical column, say; see {@link FeatureGroups}); the
 * model-agnostic explainers (Kernel SHAP, permutation SHAP) play the input columns directly, the pipeline
 * preparing every hybrid row.
 */
public final class PipelineExplainer {

    /** How to compute the values. */
    public enum Method {
        /** TreeSHAP for tree models, Linear SHAP for linear models, Kernel SHAP otherwise. */
        AUTO,
        /** Path-dependent TreeSHAP (no background needed). */
        TREE,
        /** Interventional TreeSHAP against the background. */
        TREE_INTERVENTIONAL,
        /** Linear SHAP with independent features. */
        LINEAR,
        /** Kernel SHAP on the input columns. */
        KERNEL,
        /** Permutation SHAP on the input columns. */
        PERMUTATION;

        /** The lower-case name used on the command line and in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The method of that label; an unknown label is an error listing the known ones. */
        public static Method parse(String label) {
            for (Method m : values()) {
                if (m.label().equals(label)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown explanation method '" + label + "'; known: auto, tree, "
                    + "tree_interventional, linear, kernel, permutation");
        }
    }

    /**
     * @param method         how to compute the values (default auto)
     * @param backgroundSize background rows kept from the background data (default 100), at least 1
     * @param kmeans         summarise the background by k-means instead of sampling (default false)
     * @param samples        Kernel SHAP coalitions when sampling (0: automatic)
     * @param permutations   permutation SHAP antithetic pairs (default 10)
     * @param seed           seed of every draw (default 0)
     */
    public record Options(Method method, int backgroundSize, boolean kmeans, int samples, int permutations,
                          long seed) {

        /** The defaults: auto, 100 sampled background rows, automatic samples, 10 permutation pairs, seed 0. */
        public static Options defaults() {
            return new Options(Method.AUTO, 100, false, 0, 10, 0);
        }

        /** These options with another method. */
        public Options withMethod(Method m) {
            return new Options(m, backgroundSize, kmeans, samples, permutations, seed);
        }
    }

    private PipelineExplainer() {
    }

    /** The method {@link Method#AUTO} stands for with this pipeline's model, or {@code method} itself. */
    public static Method resolve(FittedPipeline pipeline, Method method) {
        if (method != Method.AUTO) {
            return method;
        }
        Model model = pipeline.model();
        return model instanceof TreeExplainable ? Method.TREE
                : model instanceof LinearExplainable ? Method.LINEAR : Method.KERNEL;
    }

    /**
     * SHAP values of {@code rows} (with at least the pipeline's input columns), one per input column.
     *
     * @param background data the background is drawn from (usually training data); null only for
     *                   path-dependent TreeSHAP, every other method refuses to run without it
     */
    public static Explanation explain(FittedPipeline pipeline, Frame rows, Frame background, Options options) {
        List<String> inputs = inputs(pipeline);
        Frame x = rows.select(inputs);
        Method method = resolve(pipeline, options.method());
        Background back = background == null ? null
                : options.kmeans() ? Background.kmeans(background.select(inputs), options.backgroundSize(), options.seed())
                : Background.sample(background.select(inputs), options.backgroundSize(), options.seed());
        if (method == Method.KERNEL) {
            return new KernelShap(options.samples(), 10, options.seed()).explain(ModelOutput.of(pipeline), back, x);
        }
        if (method == Method.PERMUTATION) {
            return new PermutationShap(options.permutations(), options.seed()).explain(ModelOutput.of(pipeline), back, x);
        }
        Frame features = pipeline.transform(x);
        Explanation e = switch (method) {
            case TREE -> TreeShap.of(pipeline.model()).explain(features);
            case TREE_INTERVENTIONAL -> TreeShap.of(pipeline.model()).explain(features, prepared(pipeline, back));
            default -> LinearShap.of(pipeline.model(), prepared(pipeline, back)).explain(features);
        };
        FeatureGroups groups = FeatureGroups.of(inputs, e.features());
        return groups.identity(e.features()) ? e : e.grouped(groups.names(), groups.groupOf(), groupRows(groups, x, features));
    }

    /**
     * Path-dependent SHAP interaction values of {@code rows} per input column, when the pipeline's model is
     * made of trees; empty otherwise.
     */
    public static Optional<Interactions> interactions(FittedPipeline pipeline, Frame rows) {
        if (!(pipeline.model() instanceof TreeExplainable)) {
            return Optional.empty();
        }
        List<String> inputs = inputs(pipeline);
        Interactions i = TreeShap.of(pipeline.model()).interactions(pipeline.transform(rows.select(inputs)));
        FeatureGroups groups = FeatureGroups.of(inputs, i.features());
        return Optional.of(groups.identity(i.features()) ? i : i.grouped(groups.names(), groups.groupOf()));
    }

    private static List<String> inputs(FittedPipeline pipeline) {
        return pipeline.inputSchema().fields().stream().map(f -> f.name()).toList();
    }

    private static Background prepared(FittedPipeline pipeline, Background background) {
        if (background == null) {
            throw new IllegalArgumentException("no background data: this explanation method needs background rows "
                    + "(for example the training data)");
        }
        return new Background(pipeline.transform(background.rows()), background.weights());
    }

    private static Frame groupRows(FeatureGroups groups, Frame x, Frame features) {
        List<Column> columns = new ArrayList<>();
        for (String name : groups.names()) {
            columns.add(x.has(name) ? x.column(name) : features.column(name));
        }
        return Frame.of(columns);
    }
}
