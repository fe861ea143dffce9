package dev.lathe.cli;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.LabelOrder;
import dev.lathe.model.rl.BanditSimulation;
import dev.lathe.model.rl.BanditStrategy;
import dev.lathe.model.rl.BanditTestbed;
import dev.lathe.model.rl.EpsilonGreedy;
import dev.lathe.model.rl.LogReplay;
import dev.lathe.model.rl.ThompsonBeta;
import dev.lathe.model.rl.ThompsonGaussian;
import dev.lathe.model.rl.Ucb1;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lathe stats bandit}: adaptive allocation between arms (A/B/n variants) by multi-armed bandit
 * strategies, either simulated on arms with known expected rewards (or on random testbeds) or replayed
 * on a logged experiment; reports regret and allocation per strategy.
 */
@Command(name = "bandit", mixinStandardHelpOptions = true,
        description = "Compare bandit strategies for adaptive A/B allocation: simulate arms with known rates "
                + "(--arms), random k-armed testbeds (--testbed K), or replay a logged uniform experiment (--log); "
                + "report regret and allocation.")
final class BanditCommand implements Callable<Integer> {

    @Option(names = "--arms", split = ",", paramLabel = "MEAN",
            description = "Expected reward of each arm, e.g. conversion rates 0.04,0.05,0.07.")
    List<Double> arms;

    @Option(names = "--testbed", paramLabel = "K", description = "A fresh random K-armed testbed every run "
            + "(means ~ N(0, 1) for gaussian rewards, ~ U(0, 1) for bernoulli).")
    Integer testbed;

    @Option(names = "--log", paramLabel = "FILE", description = "CSV log of a uniformly randomised experiment, one "
            + "row per event.")
    Path log;

    @Option(names = "--arm-column", defaultValue = "arm", description = "Log column naming the arm (default "
            + "${DEFAULT-VALUE}).")
    String armColumn;

    @Option(names = "--reward-column", defaultValue = "reward", description = "Log column with the reward (default "
            + "${DEFAULT-VALUE}).")
    String rewardColumn;

    @Option(names = "--rewards", defaultValue = "bernoulli", description = "Simulated rewards: bernoulli (default; "
            + "0/1 with the arm's rate) or gaussian (N(mean, sd^2)).")
    String rewards;

    @Option(names = "--sd", defaultValue = "1", description = "Standard deviation of gaussian rewards (default "
            + "${DEFAULT-VALUE}).")
    double sd;

    @Option(names = "--policies", split = ",", defaultValue = "epsilon_greedy,ucb1,thompson",
            description = "Strategies: epsilon_greedy, ucb1, thompson (Beta-Bernoulli for 0/1 rewards, Gaussian "
                    + "otherwise) (default ${DEFAULT-VALUE}).")
    List<String> policies;

    @Option(names = "--epsilon", defaultValue = "0.1", description = "Epsilon-greedy exploration rate (default "
            + "${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--ucb-c", defaultValue = "1.4142135623730951", description = "UCB exploration weight "
            + "(default sqrt 2: UCB1).")
    double ucbC;

    @Option(names = "--steps", defaultValue = "1000", description = "Pulls per simulated run (default "
            + "${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--runs", defaultValue = "200", description = "Simulated runs averaged (default "
            + "${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int sources = (arms != null ? 1 : 0) + (testbed != null ? 1 : 0) + (log != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("give exactly one of --arms, --testbed or --log, got " + sources);
        }
        boolean gaussian = switch (rewards.toLowerCase(Locale.ROOT)) {
            case "bernoulli" -> false;
            case "gaussian" -> true;
            default -> throw new IllegalArgumentException("--rewards must be bernoulli or gaussian, got '" + rewards
                    + "'");
        };
        Map<String, Object> doc = log != null ? replay() : simulate(gaussian);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.write(doc) + System.lineSeparator() : text(doc));
        out.flush();
        return 0;
    }

    private List<BanditStrategy> strategies(boolean binary) {
        List<BanditStrategy> out = new ArrayList<>();
        for (String p : new LinkedHashSet<>(policies)) {
            out.add(switch (p.trim().toLowerCase(Locale.ROOT)) {
                case "epsilon_greedy" -> new EpsilonGreedy(epsilon);
                case "ucb1" -> new Ucb1(ucbC);
                case "thompson" -> binary ? new ThompsonBeta() : new ThompsonGaussian(0, 1, sd * sd);
                default -> throw new IllegalArgumentException("unknown policy '" + p + "'; known: epsilon_greedy, ucb1, "
                        + "thompson");
            });
        }
        return out;
    }

    private Map<String, Object> simulate(boolean gaussian) {
        BanditTestbed.Arms kind = gaussian ? BanditTestbed.Arms.GAUSSIAN : BanditTestbed.Arms.BERNOULLI;
        BanditSimulation.Testbeds beds;
        List<String> names = new ArrayList<>();
        if (arms != null) {
            BanditTestbed fixed = new BanditTestbed(kind, arms.stream().mapToDouble(Double::doubleValue).toArray(), sd);
            beds = r -> fixed;
            for (int a = 0; a < arms.size(); a++) {
                names.add("arm" + a);
            }
        } else {
            if (testbed < 1) {
                throw new IllegalArgumentException("--testbed needs at least 1 arm, got " + testbed);
            }
            int k = testbed;
            beds = r -> gaussian ? BanditTestbed.gaussian(k, r) : BanditTestbed.bernoulli(k, r);
        }
        BanditSimulation sim = new BanditSimulation(beds, steps, runs, seed);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mode", arms != null ? "simulate" : "testbed");
        doc.put("rewards", gaussian ? "gaussian" : "bernoulli");
        if (arms != null) {
            doc.put("arm_means", arms);
        } else {
            doc.put("arms", testbed);
        }
        doc.put("steps", steps);
        doc.put("runs", runs);
        doc.put("seed", seed);
        List<Map<String, Object>> results = new ArrayList<>();
        for (BanditStrategy s : strategies(!gaussian)) {
            BanditSimulation.Result r = sim.run(s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policy", s.name());
            m.put("regret", Json.number(r.finalRegret()));
            m.put("regret_per_pull", Json.number(r.finalRegret() / steps));
            m.put("best_arm_share_last_pull", Json.number(r.optimalShare()[steps - 1]));
            m.put("mean_reward", Json.number(mean(r.averageReward())));
            if (arms != null) {
                m.put("allocation", allocation(names, r.pulls(), steps));
            }
            results.add(m);
        }
        doc.put("policies", results);
        return doc;
    }

    private Map<String, Object> replay() throws java.io.IOException {
        Frame frame = dataOptions.read(log);
        Column armCol = frame.column(armColumn);
        Column rewardCol = frame.column(rewardColumn);
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < armCol.size(); i++) {
            if (armCol.isMissing(i)) {
                throw new IllegalArgumentException(log + ": column '" + armColumn + "' has a missing arm in row "
                        + (i + 1));
            }
            seen.add(armCol.format(i));
        }
        List<String> names = LabelOrder.sorted(seen);
        int[] arm = new int[armCol.size()];
        double[] reward = new double[arm.length];
        boolean binary = true;
        for (int i = 0; i < arm.length; i++) {
            arm[i] = names.indexOf(armCol.format(i));
            if (rewardCol.isMissing(i)) {
                throw new IllegalArgumentException(log + ": column '" + rewardColumn + "' has a missing reward in row "
                        + (i + 1));
            }
            try {
                reward[i] = Double.parseDouble(rewardCol.format(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(log + ": column '" + rewardColumn + "' row " + (i + 1) + " has '"
                        + rewardCol.format(i) + "'; expected a number");
            }
            binary &= reward[i] == 0 || reward[i] == 1;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mode", "replay");
        doc.put("events", arm.length);
        doc.put("arms", names);
        List<Map<String, Object>> results = new ArrayList<>();
        Map<String, Object> means = new LinkedHashMap<>();
        for (BanditStrategy s : strategies(binary)) {
            LogReplay.Result r = new LogReplay(s, seed).replay(names.size(), arm, reward);
            for (int a = 0; a < names.size(); a++) {
                means.put(names.get(a), Json.number(r.armMeans()[a]));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policy", s.name());
            m.put("accepted_events", r.accepted());
            m.put("mean_reward", Json.number(r.averageReward()));
            m.put("regret_per_event", Json.number(r.regret()));
            double[] pulls = new double[names.size()];
            for (int a = 0; a < pulls.length; a++) {
                pulls[a] = r.pulls()[a];
            }
            m.put("allocation", allocation(names, pulls, Math.max(1, r.accepted())));
            results.add(m);
        }
        doc.put("logged_arm_means", means);
        doc.put("policies", results);
        return doc;
    }

    private static Map<String, Object> allocation(List<String> names, double[] pulls, double total) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int a = 0; a < names.size(); a++) {
            out.put(names.get(a), Json.number(pulls[a] / total));
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> doc) {
        StringBuilder sb = new StringBuilder();
        boolean replay = doc.get("mode").equals("replay");
        if (replay) {
            StringBuilder means = new StringBuilder();
            ((Map<String, Object>) doc.get("logged_arm_means")).forEach((arm, mean) -> means.append(means.length() == 0
                    ? "" : ", ").append(String.format(Locale.ROOT, "%s %.4f", arm, (Double) mean)));
            sb.append(String.format(Locale.ROOT, "replay of %d logged events; logged mean reward per arm: %s%n",
                    doc.get("events"), means));
            sb.append(String.format(Locale.ROOT, "%-24s %10s %12s %14s  %s%n", "policy", "accepted", "mean reward",
                    "regret/event", "allocation"));
        } else {
            sb.append(String.format(Locale.ROOT, "%s bandit, %s pulls x %s runs (seed %s)%n", doc.get("rewards"),
                    doc.get("steps"), doc.get("runs"), doc.get("seed")));
            sb.append(String.format(Locale.ROOT, "%-24s %10s %12s %14s  %s%n", "policy", "regret", "regret/pull",
                    "best arm (last)", "allocation"));
        }
        for (Map<String, Object> m : (List<Map<String, Object>>) doc.get("policies")) {
            StringBuilder alloc = new StringBuilder();
            ((Map<String, Object>) m.getOrDefault("allocation", Map.of())).forEach((arm, share) ->
                    alloc.append(alloc.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f%%", arm,
                            100 * (Double) share)));
            if (replay) {
                sb.append(String.format(Locale.ROOT, "%-24s %10d %12.4f %14.4f  %s%n", m.get("policy"),
                        m.get("accepted_events"), (Double) m.get("mean_reward"), (Double) m.get("regret_per_event"),
                        alloc));
            } else {
                sb.append(String.format(Locale.ROOT, "%-24s %10.3f %12.5f %14.3f  %s%n", m.get("policy"),
                        (Double) m.get("regret"), (Double) m.get("regret_per_pull"),
                        (Double) m.get("best_arm_share_last_pull"), alloc));
            }
        }
        return sb.toString();
    }
}
