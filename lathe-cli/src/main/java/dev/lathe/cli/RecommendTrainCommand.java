package dev.lathe.cli;

import dev.lathe.model.recommend.FittedRecommender;
import dev.lathe.model.recommend.Interactions;
import dev.lathe.model.recommend.Recommender;
import dev.lathe.model.recommend.Recommenders;
import dev.lathe.pipeline.RecommenderFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe recommend train DATA --model NAME -o MODEL}: fits a recommender and saves it. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit a recommender on an interactions CSV and save it as a .lathe file.")
final class RecommendTrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file of interactions, one per row.")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "popularity, als, implicit_als or item_knn.")
    String model;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change a hyperparameter (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to save the model.")
    Path output;

    @Option(names = "--json", description = "Print JSON: model, params, users, items, interactions, fit_seconds, output.")
    boolean json;

    @Mixin
    InteractionOptions columns;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Recommender recommender = Recommenders.of(model, settings);
        Interactions interactions = columns.read(data, dataOptions);
        long start = System.nanoTime();
        FittedRecommender fitted = InteractionOptions.about(data, () -> recommender.fit(interactions));
        double seconds = (System.nanoTime() - start) / 1e9;
        RecommenderFile.save(fitted, output, Map.of("columns", columns.columns()));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", fitted.model());
            doc.put("params", fitted.params());
            doc.put("users", fitted.users().size());
            doc.put("items", fitted.items().size());
            doc.put("interactions", interactions.size());
            doc.put("fit_seconds", seconds);
            doc.put("output", output.toString());
            spec.commandLine().getOut().println(Json.write(doc));
        } else {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s fitted on %d interactions (%d users, %d items) in %.2f s;"
                            + " saved to %s%n", fitted.model(), interactions.size(), fitted.users().size(),
                    fitted.items().size(), seconds, output);
        }
        return 0;
    }
}
