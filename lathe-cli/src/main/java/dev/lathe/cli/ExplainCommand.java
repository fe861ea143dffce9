package dev.lathe.cli;

import dev.lathe.explain.Explanation;
import dev.lathe.explain.Interactions;
import dev.lathe.explain.PermutationImportance;
import dev.lathe.explain.PipelineExplainer;
import dev.lathe.explain.PipelineExplainer.Method;
import dev.lathe.explain.RowSelection;
import dev.lathe.frame.Frame;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.report.ExplanationReport;
import dev.lathe.report.html.Section;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe explain MODEL DATA [--rows 1-10,15] [--method M] [--background FILE] [--json] [-o report.html]}:
 * SHAP values of a saved model's predictions per input column, with their mean |SHAP| ranking, and optionally
 * permutation importance.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "SHAP values of a saved model (.lathe) per input column: exact TreeSHAP for tree models, "
                + "exact Linear SHAP for linear models, Kernel SHAP otherwise; the mean |SHAP| ranking; plots in "
                + "an HTML report.")
final class ExplainCommand implements Callable<Integer> {

    /** Rows the sampled methods explain when --rows is not given. */
    static final int SAMPLED_DEFAULT_ROWS = 100;

    @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
    String model;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "1", paramLabel = "DATA", description = "CSV file with the model's input columns.")
    Path data;

    @Option(names = "--rows", paramLabel = "SPEC", description = "Rows to explain, numbered from 1: e.g. 1-10,15 "
            + "(default: all rows for exact methods, the first " + SAMPLED_DEFAULT_ROWS + " for kernel and permutation).")
    String rows;

    @Option(names = "--method", defaultValue = "auto", paramLabel = "M", description = "auto, tree, "
            + "tree_interventional, linear, kernel or permutation (default ${DEFAULT-VALUE}: tree for tree models, "
            + "linear for linear models, kernel otherwise).")
    String method;

    @Option(names = "--background", paramLabel = "FILE", description = "CSV file the background rows are drawn from "
            + "(usually the training data; default: DATA).")
    Path background;

    @Option(names = "--background-size", defaultValue = "100", paramLabel = "N",
            description = "Background rows kept (default ${DEFAULT-VALUE}).")
    int backgroundSize;

    @Option(names = "--kmeans", description = "Summarise the background by k-means instead of sampling it.")
    boolean kmeans;

    @Option(names = "--samples", defaultValue = "0", paramLabel = "N",
            description = "Kernel SHAP coalitions when there are too many columns to enumerate (default: 2M + 2048).")
    int samples;

    @Option(names = "--permutations", defaultValue = "10", paramLabel = "N",
            description = "Permutation SHAP: antithetic pairs of orders (default ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--importance", description = "Also compute permutation importance (DATA must hold the target).")
    boolean importance;

    @Option(names = "--metric", paramLabel = "NAME", description = "Permutation importance metric (default: r2 or "
            + "accuracy).")
    String metric;

    @Option(names = "--repeats", defaultValue = "5", paramLabel = "N",
            description = "Permutation importance shuffles per column (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of every draw (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the HTML report here.")
    Path output;

    @Option(names = "--json", description = "Print the explanation as JSON instead of text.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SavedPipeline saved = SavedPipeline.load(ModelArgument.resolve(model, storeOptions));
        FittedPipeline pipeline = saved.pipeline().requireTarget("lathe explain");
        Frame all = dataOptions.readFor(data, pipeline.inputSchema());
        Method m = PipelineExplainer.resolve(pipeline, Method.parse(method));
        int[] chosen = rows != null ? RowSelection.parse(rows, all.rowCount()) : defaultRows(m, all.rowCount());
        Frame back = background == null ? all : dataOptions.readFor(background, pipeline.inputSchema());
        PipelineExplainer.Options options = new PipelineExplainer.Options(m, backgroundSize, kmeans, samples,
                permutations, seed);
        Frame explained = all.take(chosen);
        Explanation e = PipelineExplainer.explain(pipeline, explained, back, options);
        PermutationImportance.Result pi = importance
                ? new PermutationImportance(metric, repeats, seed).compute(pipeline, all) : null;
        if (output != null) {
            Optional<Interactions> interactions = PipelineExplainer.interactions(pipeline, explained.head(500));
            ExplanationReport.of("Explanations: " + saved.file().getFileName() + " on " + data.getFileName(), e,
                    interactions, pi).write(output);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ExplanationJson.of(e, chosen, pi)));
        } else {
            ExplanationText.print(out, saved.file(), data, e, chosen, pi);
            if (output != null) {
                out.println("wrote " + output);
            }
        }
        out.flush();
        return 0;
    }

    /** All rows for the exact methods, the first {@value #SAMPLED_DEFAULT_ROWS} for the sampled ones. */
    static int[] defaultRows(Method m, int rowCount) {
        boolean sampled = m == Method.KERNEL || m == Method.PERMUTATION;
        return IntStream.range(0, sampled ? Math.min(rowCount, SAMPLED_DEFAULT_ROWS) : rowCount).toArray();
    }

    /**
     * The explanation sections of the evaluation report: up to 200 rows of {@code rows} explained by the
     * model's own method (20 rows against a 20-row k-means background for the sampled methods), against
     * {@code background} rows.
     */
    static List<Section> reportSections(FittedPipeline pipeline, Frame rows, Frame background) {
        Method m = PipelineExplainer.resolve(pipeline, Method.AUTO);
        boolean sampled = m == Method.KERNEL;
        Frame explained = rows.head(sampled ? 20 : 200);
        Explanation e = PipelineExplainer.explain(pipeline, explained, background,
                new PipelineExplainer.Options(m, sampled ? 20 : 100, sampled, 0, 10, 0));
        return ExplanationReport.sections(e, PipelineExplainer.interactions(pipeline, explained), null);
    }
}
