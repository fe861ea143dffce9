package dev.lathe.cli;

import dev.lathe.model.rl.EpsilonSchedule;
import dev.lathe.model.rl.FiniteMdp;
import dev.lathe.model.rl.GreedyPath;
import dev.lathe.model.rl.LearnedValues;
import dev.lathe.model.rl.MonteCarloControl;
import dev.lathe.model.rl.PolicyIteration;
import dev.lathe.model.rl.PolicyRollout;
import dev.lathe.model.rl.Solution;
import dev.lathe.model.rl.TabularAgent;
import dev.lathe.model.rl.TdControl;
import dev.lathe.model.rl.ValueIteration;
import dev.lathe.report.rl.ReinforcementReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lathe rl run ENV --agent NAME [-o report.html] [--json]}: trains a tabular agent (or solves the
 * environment with a planner), plays the greedy policy, and reports learning curves, values and the policy.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Train a tabular agent on a built-in environment, or solve it with a planner; report "
                + "learning curves, values and the greedy policy.")
final class RlRunCommand implements Callable<Integer> {

    private static final List<String> AGENTS = List.of("q_learning", "sarsa", "expected_sarsa", "monte_carlo",
            "value_iteration", "policy_iteration");

    @Parameters(index = "0", paramLabel = "ENV",
            description = "grid_world, cliff_walking, frozen_lake (4x4) or frozen_lake_8x8.")
    String environment;

    @Option(names = "--agent", defaultValue = "q_learning", description = "q_learning (default), sarsa, "
            + "expected_sarsa, monte_carlo, value_iteration or policy_iteration.")
    String agent;

    @Option(names = "--slippery", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Frozen lake: moves slip sideways with probability 2/3 (default; --no-slippery for "
                    + "deterministic moves).")
    boolean slippery;

    @Option(names = "--episodes", defaultValue = "500", description = "Training episodes (default ${DEFAULT-VALUE}).")
    int episodes;

    @Option(names = "--alpha", defaultValue = "0.5", description = "TD step size in (0, 1] (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--gamma", description = "Discount in [0, 1] (default 1 for learners, 0.99 for planners; "
            + "policy iteration needs it below 1).")
    Double gamma;

    @Option(names = "--epsilon", defaultValue = "0.1", description = "Exploration rate at the start (default "
            + "${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--epsilon-end", description = "Exploration rate at the end of the decay (default: --epsilon).")
    Double epsilonEnd;

    @Option(names = "--epsilon-decay", defaultValue = "constant", description = "constant (default), linear or "
            + "exponential.")
    String epsilonDecay;

    @Option(names = "--decay-episodes", description = "Episodes over which epsilon decays (default: --episodes).")
    Integer decayEpisodes;

    @Option(names = "--max-steps", defaultValue = "1000", description = "Steps after which an episode is cut "
            + "(default ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--eval-episodes", defaultValue = "1000", description = "Episodes the greedy policy is played "
            + "to measure it (default ${DEFAULT-VALUE}).")
    int evalEpisodes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the HTML report here.")
    Path output;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FiniteMdp mdp = RlEnvironments.of(environment, slippery);
        if (!AGENTS.contains(agent)) {
            throw new IllegalArgumentException("unknown agent '" + agent + "'; known: " + String.join(", ", AGENTS));
        }
        boolean planner = agent.endsWith("_iteration");
        double g = gamma != null ? gamma : planner ? 0.99 : 1;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("gamma", g);
        double[] values;
        int[] policy;
        LearnedValues learned = null;
        Integer iterations = null;
        if (planner) {
            Solution s = agent.equals("value_iteration") ? new ValueIteration(g, 1e-10, 100_000).solve(mdp)
                    : new PolicyIteration(g, 1e-10, 1000).solve(mdp);
            values = s.values();
            policy = s.policy();
            iterations = s.iterations();
        } else {
            EpsilonSchedule schedule = schedule();
            params.put("episodes", episodes);
            params.put("epsilon", schedule.kind() == EpsilonSchedule.Kind.CONSTANT ? epsilon
                    : Map.of("kind", schedule.kind().name().toLowerCase(Locale.ROOT), "start", schedule.start(),
                            "end", schedule.end(), "decay_episodes", schedule.decaySteps()));
            TabularAgent learner;
            if (agent.equals("monte_carlo")) {
                learner = new MonteCarloControl(g, schedule, episodes, seed);
            } else {
                params.put("alpha", alpha);
                learner = new TdControl(TdControl.Method.valueOf(agent.toUpperCase(Locale.ROOT)), alpha, g, schedule,
                        episodes, seed);
            }
            learned = learner.learn(mdp.environment(maxSteps));
            policy = learned.greedyPolicy();
            values = new double[mdp.states()];
            for (int s = 0; s < values.length; s++) {
                values[s] = learned.q()[s][policy[s]];
            }
        }
        params.put("seed", seed);
        PolicyRollout.Result greedy = PolicyRollout.play(mdp.environment(maxSteps), policy, evalEpisodes, seed + 1);
        List<Integer> path = GreedyPath.follow(mdp, policy, mdp.states());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("environment", environment);
        if (environment.startsWith("frozen_lake")) {
            doc.put("slippery", slippery);
        }
        doc.put("agent", agent);
        doc.put("params", params);
        if (iterations != null) {
            doc.put("iterations", iterations);
        }
        doc.put("start_value", Json.number(values[mdp.start()]));
        if (learned != null) {
            doc.put("final_mean_return", Json.number(tailMean(learned.episodeReturns())));
        }
        Map<String, Object> g2 = new LinkedHashMap<>();
        g2.put("episodes", evalEpisodes);
        g2.put("mean_return", Json.number(greedy.meanReturn()));
        g2.put("terminated_share", Json.number(greedy.terminated()));
        g2.put("mean_length", Json.number(greedy.meanLength()));
        doc.put("greedy_policy", g2);
        doc.put("greedy_path", path);
        if (output != null) {
            Map<String, Object> summary = new LinkedHashMap<>(doc);
            summary.remove("greedy_path");
            summary.remove("params");
            summary.putAll(params);
            summary.remove("greedy_policy");
            summary.put("greedy policy: mean return", greedy.meanReturn());
            summary.put("greedy policy: episodes ending in a terminal state", greedy.terminated());
            ReinforcementReport.of(agent + " on " + environment, summary,
                    learned == null ? null : learned.episodeReturns(),
                    learned == null ? null : learned.episodeLengths(), RlEnvironments.grid(mdp), values, policy,
                    path).write(output);
        }
        if (learned != null) {
            doc.put("episode_returns", learned.episodeReturns());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(doc));
        } else {
            out.print(text(doc, greedy, path, learned));
            if (output != null) {
                out.println("wrote " + output);
            }
        }
        out.flush();
        return 0;
    }

    private EpsilonSchedule schedule() {
        double end = epsilonEnd != null ? epsilonEnd : epsilon;
        int steps = decayEpisodes != null ? decayEpisodes : episodes;
        return switch (epsilonDecay.toLowerCase(Locale.ROOT)) {
            case "constant" -> EpsilonSchedule.constant(epsilon);
            case "linear" -> EpsilonSchedule.linear(epsilon, end, steps);
            case "exponential" -> EpsilonSchedule.exponential(epsilon, end, steps);
            default -> throw new IllegalArgumentException("--epsilon-decay must be constant, linear or exponential, "
                    + "got '" + epsilonDecay + "'");
        };
    }

    /** Mean return over the last tenth of the episodes (at least one). */
    private static double tailMean(double[] returns) {
        int k = Math.max(1, returns.length / 10);
        double s = 0;
        for (int e = returns.length - k; e < returns.length; e++) {
            s += returns[e];
        }
        return s / k;
    }

    private String text(Map<String, Object> doc, PolicyRollout.Result greedy, List<Integer> path,
                        LearnedValues learned) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s on %s%s%n", agent, environment,
                environment.startsWith("frozen_lake") ? (slippery ? " (slippery)" : " (not slippery)") : ""));
        if (learned != null) {
            sb.append(String.format(Locale.ROOT, "training: %d episodes, mean return over the last tenth %.4g%n",
                    episodes, tailMean(learned.episodeReturns())));
        } else {
            sb.append(String.format(Locale.ROOT, "solved in %s iterations%n", doc.get("iterations")));
        }
        sb.append(String.format(Locale.ROOT, "value of the start state: %.6g%n", (Double) doc.get("start_value")));
        sb.append(String.format(Locale.ROOT, "greedy policy over %d episodes: mean return %.4g, %.1f%% reached a "
                + "terminal state, %.1f steps on average%n", evalEpisodes, greedy.meanReturn(),
                100 * greedy.terminated(), greedy.meanLength()));
        sb.append("greedy path (most likely moves): ").append(path).append(System.lineSeparator());
        return sb.toString();
    }
}
