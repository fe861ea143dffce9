package dev.lathe.bench;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.csv.CsvReader;
import dev.lathe.math.Shuffle;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.linear.ElasticNet;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.KFold;
import dev.lathe.prep.split.StratifiedKFold;
import dev.lathe.tune.CrossValidation;
import dev.lathe.tune.GaussianProcessProposer;
import dev.lathe.tune.GridProposer;
import dev.lathe.tune.Scorers;
import dev.lathe.tune.Search;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.SearchSpace;
import dev.lathe.tune.TreeParzenProposer;
import dev.lathe.tune.Trial;
import dev.lathe.tune.TrialProposer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Bayesian-search moonshot (issue item 6): on each problem, a dense grid gives the best cross-validated
 * score; then Bayesian search (Gaussian process with expected improvement, and the tree-structured Parzen
 * estimator) runs with a budget of one third of the grid's evaluations, for five seeds, and we count the
 * evaluations each needs to reach 99% of the grid's best (and the grid's best itself). Prints one JSON line
 * per grid, per seeded search and per method summary.
 *
 * <p>Problems: gradient boosting on a seeded 20,000-row subsample of the peers' {@code clf500k_train.csv}
 * (ROC AUC); ElasticNet on the bundled diabetes data (R^2); and, standing in for SVC (not in Lathe yet),
 * elastic-net logistic regression on the bundled breast cancer data (ROC AUC). All 3-fold CV.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.MoonshotRun DATA_DIR [PROBLEMS]}
 * with PROBLEMS a comma-separated subset of {@code gbdt,elastic_net,logistic} (default all).
 */
public final class MoonshotRun {

    private static final int SEEDS = 5;
    private static final double SHARE = 0.99;

    private MoonshotRun() {
    }

    /** Runs the moonshot; arguments: data folder (for the gbdt CSV), optional comma-separated problems. */
    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? args[0] : "/tmp/lathe-bench";
        List<String> chosen = List.of((args.length > 1 ? args[1] : "gbdt,elastic_net,logistic").split(","));
        for (String name : chosen) {
            run(problem(name, dir));
        }
    }

    private static MoonshotProblem problem(String name, String dir) throws Exception {
        return switch (name) {
            case "gbdt" -> {
                Frame all = CsvReader.read(Path.of(dir, "clf500k_train.csv"));
                int[] rows = java.util.stream.IntStream.range(0, all.rowCount()).toArray();
                Shuffle.inPlace(rows, new SplittableRandom(20240601));
                Frame sample = all.take(Arrays.copyOf(rows, 20_000));
                Pipeline p = Pipeline.of((GradientBoostingClassifier) new GradientBoostingClassifier()
                        .withParams(Map.of("max_iter", 50)));
                SearchSpace space = SearchSpace.builder().logUniform("learning_rate", 0.01, 1.0)
                        .integers("max_leaf_nodes", 2, 64).build();
                yield new MoonshotProblem("gbdt_20k", p, sample, "y", space,
                        new CrossValidation(new StratifiedKFold(3, true, 0), Scorers.named("roc_auc")), 8);
            }
            case "elastic_net" -> {
                SearchSpace space = SearchSpace.builder().logUniform("alpha", 1e-4, 10.0)
                        .uniform("l1_ratio", 0.0, 1.0).build();
                yield new MoonshotProblem("elastic_net_diabetes", Pipeline.of(new ElasticNet(), new StandardScaler()),
                        Datasets.diabetes(), "progression", space,
                        new CrossValidation(new KFold(3, true, 0), Scorers.named("r2")), 10);
            }
            case "logistic" -> {
                LogisticRegression lr = (LogisticRegression) new LogisticRegression()
                        .withParams(Map.of("penalty", "elasticnet"));
                SearchSpace space = SearchSpace.builder().logUniform("C", 1e-3, 1e2)
                        .uniform("l1_ratio", 0.0, 1.0).build();
                yield new MoonshotProblem("logistic_breast_cancer (SVC stand-in)", Pipeline.of(lr, new StandardScaler()),
                        Datasets.breastCancer(), "diagnosis", space,
                        new CrossValidation(new StratifiedKFold(3, true, 0), Scorers.named("roc_auc")), 10);
            }
            default -> throw new IllegalArgumentException("unknown problem '" + name
                    + "'; known: gbdt, elastic_net, logistic");
        };
    }

    private static void run(MoonshotProblem problem) {
        String metric = problem.cv().metrics().get(0);
        long start = System.nanoTime();
        SearchResult grid = search(problem, new GridProposer(problem.gridPoints()));
        double gridSeconds = (System.nanoTime() - start) / 1e9;
        int gridSize = grid.trials().size();
        double best = grid.best().mean(metric);
        double target = SHARE * best;
        int budget = gridSize / 3;
        System.out.printf(Locale.ROOT, "{\"case\": \"moonshot\", \"problem\": \"%s\", \"method\": \"grid\", "
                        + "\"metric\": \"%s\", \"evaluations\": %d, \"best\": %.6f, \"best_params\": \"%s\", "
                        + "\"target_99\": %.6f, \"budget\": %d, \"seconds\": %.1f}%n", problem.name(), metric,
                gridSize, best, grid.best().params(), target, budget, gridSeconds);
        for (String method : List.of("gp", "tpe")) {
            List<double[]> outcomes = new ArrayList<>();
            for (int seed = 0; seed < SEEDS; seed++) {
                TrialProposer proposer = method.equals("gp")
                        ? new GaussianProcessProposer(budget, Search.BAYES_BATCH, 5, true, seed)
                        : new TreeParzenProposer(budget, Search.BAYES_BATCH, 10, 0.25, true, seed);
                long t = System.nanoTime();
                SearchResult r = search(problem, proposer);
                double seconds = (System.nanoTime() - t) / 1e9;
                int to99 = evaluationsTo(r, metric, target);
                int to100 = evaluationsTo(r, metric, best);
                double found = r.best().mean(metric);
                outcomes.add(new double[] {to99, to100, found / best});
                System.out.printf(Locale.ROOT, "{\"case\": \"moonshot\", \"problem\": \"%s\", \"method\": \"%s\", "
                                + "\"seed\": %d, \"evaluations\": %d, \"to_99\": %s, \"to_100\": %s, \"best\": %.6f, "
                                + "\"best_over_grid\": %.5f, \"best_params\": \"%s\", \"seconds\": %.1f}%n",
                        problem.name(), method, seed, r.trials().size(), json(to99), json(to100), found, found / best,
                        r.best().params(), seconds);
            }
            summarise(problem.name(), method, outcomes, budget);
        }
    }

    /** Mean evaluations to the target (a seed that never reaches it counts as the budget) and how many reach it. */
    private static void summarise(String problem, String method, List<double[]> outcomes, int budget) {
        double[] mean = new double[2];
        int[] reached = new int[2];
        double ratio = 0;
        for (double[] o : outcomes) {
            for (int k = 0; k < 2; k++) {
                reached[k] += o[k] > 0 ? 1 : 0;
                mean[k] += (o[k] > 0 ? o[k] : budget) / outcomes.size();
            }
            ratio += o[2] / outcomes.size();
        }
        System.out.printf(Locale.ROOT, "{\"case\": \"moonshot\", \"problem\": \"%s\", \"method\": \"%s\", "
                        + "\"summary\": true, \"budget\": %d, \"mean_to_99\": %.1f, \"reached_99\": %d, "
                        + "\"mean_to_100\": %.1f, \"reached_100\": %d, \"mean_best_over_grid\": %.5f, \"met\": %s}%n",
                problem, method, budget, mean[0], reached[0], mean[1], reached[1], ratio,
                reached[0] == outcomes.size());
    }

    private static SearchResult search(MoonshotProblem problem, TrialProposer proposer) {
        return new Search(problem.space(), proposer, problem.cv(), false)
                .run(problem.pipeline(), problem.data(), problem.target());
    }

    /** The smallest number of a trial whose mean score is at least {@code target}; 0 when none is. */
    private static int evaluationsTo(SearchResult r, String metric, double target) {
        return r.trials().stream().filter(t -> t.mean(metric) >= target).mapToInt(Trial::number).min().orElse(0);
    }

    private static String json(int evaluations) {
        return evaluations > 0 ? Integer.toString(evaluations) : "null";
    }
}
