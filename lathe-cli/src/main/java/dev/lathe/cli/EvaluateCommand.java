package dev.lathe.cli;

import dev.lathe.eval.Bootstrap;
import dev.lathe.frame.Frame;
import dev.lathe.pipeline.SavedPipeline;
import dev.lathe.report.EvaluationReport;
import dev.lathe.tune.HoldOutEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe evaluate MODEL DATA [--json] [-o report.html] [--train TRAIN_DATA] [--bootstrap N] [--seed S]}:
 * a saved model's metrics on rows it never saw, with bootstrap confidence intervals and a baseline, and plots.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Metrics of a saved model (.lathe) on rows it never saw, with bootstrap confidence intervals "
                + "and a baseline to beat; diagnostic plots in an HTML report.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = ModelArgument.HELP)
    String model;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "1", paramLabel = "DATA", description = "CSV file of rows never used in fitting, with the "
            + "model's feature columns and its target column.")
    Path data;

    @Option(names = "--train", paramLabel = "FILE", description = "The training CSV file: the baseline learns from it "
            + "(else from DATA's own target), and a learning curve refits the model on growing shares of it.")
    Path train;

    @Option(names = "--bootstrap", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES, paramLabel = "N",
            description = "Bootstrap resamples of the 95% confidence intervals (default ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--bias-variance", defaultValue = "" + HoldOutEvaluation.DEFAULT_BIAS_VARIANCE_ROUNDS,
            paramLabel = "N", description = "With --train: bootstrap refits of the bias-variance decomposition of the "
            + "test error (default ${DEFAULT-VALUE}; 0 for none).")
    int biasVarianceRounds;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the bootstrap and of the learning curve's "
            + "folds (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the HTML report here.")
    Path output;

    @Option(names = "--json", description = "Print the evaluation as JSON instead of text.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (resamples < 1) {
            throw new IllegalArgumentException("--bootstrap must be at least 1, got " + resamples);
        }
        SavedPipeline saved = SavedPipeline.load(ModelArgument.resolve(model, storeOptions));
        saved.pipeline().requireTarget("lathe evaluate");
        Frame rows = dataOptions.readFor(data, saved.pipeline().inputSchema());
        Frame training = train == null ? null : dataOptions.readFor(train, saved.pipeline().inputSchema());
        Bootstrap bootstrap = new Bootstrap(resamples, Bootstrap.DEFAULT_LEVEL, seed);
        HoldOutEvaluation.Result result = new HoldOutEvaluation(bootstrap, biasVarianceRounds).run(saved.pipeline(), rows, training);
        if (output != null) {
            EvaluationReport.of(saved, data.getFileName().toString(), result,
                    String.format(Locale.ROOT, "%d resamples, %.0f%%, seed %d", resamples,
                            100 * bootstrap.level(), seed),
                    ExplainCommand.reportSections(saved.pipeline(), rows, training == null ? rows : training))
                    .write(output);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(EvaluationJson.of(saved, result, bootstrap, output)));
        } else {
            EvaluationText.print(out, saved, data, result, bootstrap);
            if (output != null) {
                out.println("wrote " + output);
            }
        }
        out.flush();
        return 0;
    }
}
