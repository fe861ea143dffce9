package dev.lathe.cli;

import dev.lathe.eval.TopNMetrics;
import dev.lathe.model.recommend.ExplicitAls;
import dev.lathe.model.recommend.FittedRecommender;
import dev.lathe.model.recommend.Popularity;
import dev.lathe.model.recommend.RatingError;
import dev.lathe.model.recommend.RecommendSplit;
import dev.lathe.model.recommend.Recommender;
import dev.lathe.model.recommend.RecommenderEvaluation;
import dev.lathe.model.recommend.Recommenders;
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

/**
 * {@code lathe recommend evaluate DATA --model NAME}: splits the interactions (leave-last-out or temporal), fits the
 * model and the popularity baseline on the training part and reports top-k metrics of both on the held-out part.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Hold out interactions, fit the model and the popularity baseline, report precision, recall, "
                + "MAP, NDCG and coverage at k.")
final class RecommendEvaluateCommand implements Callable<Integer> {

    /** How to hold interactions out. */
    enum SplitKind { LEAVE_LAST_OUT, TEMPORAL }

    @Parameters(index = "0", paramLabel = "DATA", description = "CSV file of interactions, one per row.")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "popularity, als, implicit_als or item_knn.")
    String model;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change a hyperparameter (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--split", paramLabel = "KIND", defaultValue = "leave_last_out",
            converter = SplitConverter.class,
            description = "leave_last_out (each user's latest interaction; default) or temporal (the latest share).")
    SplitKind split;

    @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2",
            description = "Share held out by the temporal split, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--k", paramLabel = "K", defaultValue = "10", description = "List length (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print JSON: model, params, split, k, metrics, baseline, counts "
            + "(and rating_error for als).")
    boolean json;

    @Mixin
    InteractionOptions columns;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1, got " + k);
        }
        Recommender recommender = Recommenders.of(model, settings);
        var interactions = columns.read(data, dataOptions);
        RecommendSplit parts = InteractionOptions.about(data, () -> split == SplitKind.TEMPORAL
                ? RecommendSplit.temporal(interactions, testFraction) : RecommendSplit.leaveLastOut(interactions));
        long start = System.nanoTime();
        FittedRecommender fitted = InteractionOptions.about(data, () -> recommender.fit(parts.train()));
        double seconds = (System.nanoTime() - start) / 1e9;
        RecommenderEvaluation result = RecommenderEvaluation.evaluate(fitted, parts.test(), k);
        RecommenderEvaluation baseline = RecommenderEvaluation.evaluate(new Popularity().fit(parts.train()),
                parts.test(), k);
        RatingError ratings = recommender instanceof ExplicitAls ? RatingError.of(fitted, parts.test()) : null;
        String splitName = split.name().toLowerCase(Locale.ROOT);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("model", fitted.model());
            doc.put("params", fitted.params());
            doc.put("split", splitName);
            doc.put("k", k);
            doc.put("train_interactions", parts.train().size());
            doc.put("test_interactions", parts.test().size());
            doc.put("fit_seconds", seconds);
            doc.put("metrics", metrics(result.metrics()));
            doc.put("baseline", metrics(baseline.metrics()));
            doc.put("users", result.metrics().users());
            doc.put("cold_start_users", result.coldStartUsers());
            doc.put("skipped_users", result.skippedUsers());
            doc.put("unknown_test_items", result.unknownTestItems());
            if (ratings != null) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("rmse", ratings.rmse());
                error.put("mean_rmse", ratings.meanRmse());
                error.put("pairs", ratings.pairs());
                doc.put("rating_error", error);
            }
            spec.commandLine().getOut().println(Json.write(doc));
            return 0;
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s, %s split: %d training and %d test interactions; %d users evaluated (%d cold start),"
                        + " %d skipped, %d test items unseen in training%n", fitted.model(), splitName,
                parts.train().size(), parts.test().size(), result.metrics().users(), result.coldStartUsers(),
                result.skippedUsers(), result.unknownTestItems());
        out.printf(Locale.ROOT, "%-14s %12s %12s%n", "metric", fitted.model(), "popularity");
        Map<String, Double> m = metrics(result.metrics());
        Map<String, Double> b = metrics(baseline.metrics());
        m.forEach((name, v) -> out.printf(Locale.ROOT, "%-14s %12.4f %12.4f%n", name + "@" + k, v, b.get(name)));
        if (ratings != null) {
            out.printf(Locale.ROOT, "rating RMSE on %d held-out pairs of known users and items: %.4f (training mean:"
                    + " %.4f)%n", ratings.pairs(), ratings.rmse(), ratings.meanRmse());
        }
        return 0;
    }

    private static Map<String, Double> metrics(TopNMetrics m) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("precision", m.precision());
        out.put("recall", m.recall());
        out.put("map", m.map());
        out.put("ndcg", m.ndcg());
        out.put("coverage", m.coverage());
        return out;
    }

    /** Reads {@code leave_last_out} or {@code temporal}. */
    static final class SplitConverter implements picocli.CommandLine.ITypeConverter<SplitKind> {
        @Override
        public SplitKind convert(String value) {
            for (SplitKind kind : SplitKind.values()) {
                if (kind.name().equalsIgnoreCase(value.trim())) {
                    return kind;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected leave_last_out or temporal, got '" + value
                    + "'");
        }
    }
}
