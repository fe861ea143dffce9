package dev.lathe.cli;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.csv.CsvWriter;
import dev.lathe.model.recommend.FittedRecommender;
import dev.lathe.model.recommend.Recommendations;
import dev.lathe.model.recommend.ScoredItem;
import dev.lathe.pipeline.RecommenderFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lathe recommend predict MODEL USER...}: top-N items per user as CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Top-N recommendations of a saved recommender, as CSV: user, rank, item, score, cold_start. "
                + "Items a user already has are never recommended; users unseen in training get the most popular items.")
final class RecommendPredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A recommender saved by 'lathe recommend train'.")
    Path model;

    @Parameters(index = "1..*", paramLabel = "USER", description = "User ids (or give --users).")
    List<String> users = new ArrayList<>();

    @Option(names = "--users", paramLabel = "FILE",
            description = "CSV file whose --user column lists the users (each distinct id once, in order).")
    Path usersFile;

    @Option(names = "--user", paramLabel = "COLUMN", defaultValue = "user",
            description = "Column of user ids in --users (default: ${DEFAULT-VALUE}).")
    String userColumn;

    @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Items per user (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (n < 1) {
            throw new IllegalArgumentException("-n must be at least 1, got " + n);
        }
        List<String> who = new ArrayList<>(users);
        if (usersFile != null) {
            Column c = dataOptions.read(usersFile).column(userColumn);
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            for (int r = 0; r < c.size(); r++) {
                if (c.isMissing(r)) {
                    throw new IllegalArgumentException(usersFile + ": column '" + userColumn + "' has a missing id in row "
                            + (r + 1));
                }
                seen.add(c.format(r));
            }
            who.addAll(seen);
        }
        if (who.isEmpty()) {
            throw new IllegalArgumentException("no users given; name them after MODEL or give --users FILE");
        }
        FittedRecommender recommender = RecommenderFile.load(model);
        List<String> userOut = new ArrayList<>();
        List<String> itemOut = new ArrayList<>();
        List<Double> rank = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        List<Boolean> cold = new ArrayList<>();
        for (String user : who) {
            Recommendations r = recommender.recommend(user, n);
            int position = 1;
            for (ScoredItem item : r.items()) {
                userOut.add(user);
                rank.add((double) position++);
                itemOut.add(item.item());
                score.add(item.score());
                cold.add(r.coldStart());
            }
        }
        Frame table = Frame.of(TextColumn.of("user", userOut.toArray(String[]::new)),
                NumericColumn.wrap("rank", rank.stream().mapToDouble(Double::doubleValue).toArray()),
                TextColumn.of("item", itemOut.toArray(String[]::new)),
                NumericColumn.wrap("score", score.stream().mapToDouble(Double::doubleValue).toArray()),
                BooleanColumn.of("cold_start", cold.toArray(Boolean[]::new)));
        if (output != null) {
            CsvWriter.write(table, output);
            spec.commandLine().getErr().println("wrote " + table.rowCount() + " recommendations for " + who.size()
                    + " users to " + output);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter.write(table, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
