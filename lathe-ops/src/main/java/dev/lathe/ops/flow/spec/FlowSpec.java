package dev.lathe.ops.flow.spec;

import dev.lathe.ops.flow.checks.DataChecks;
import java.nio.file.Path;
import java.util.List;

/**
 * A flow spec as read and checked by {@link FlowSpecReader}: everything {@code lathe run} needs to take a data
 * set from design to a saved, evaluated, explained model. See {@code docs/flow.md} for every key.
 *
 * @param file     the spec file
 * @param text     the spec file's text, copied into the run folder
 * @param name     the flow's name (default: the spec folder's name)
 * @param seed     the seed of the split, the search, the bootstrap and the explanations (default 0)
 * @param design   use case, owner, success metric and budgets
 * @param data     sources and column roles
 * @param checks   data-availability checks, the target check first
 * @param split    how test rows are held out
 * @param prep     preparation steps, or null for the default preparation of {@code lathe train}
 * @param models   candidate models, at least one
 * @param tune     the hyperparameter search
 * @param evaluate what is computed on the test rows
 * @param output   where the results go
 */
public record FlowSpec(Path file, String text, String name, long seed, Design design, DataSpec data,
                       DataChecks checks, SplitSpec split, List<StepSpec> prep, List<Candidate> models,
                       TuneSpec tune, EvaluateSpec evaluate, OutputSpec output) {

    /** Copies the lists. */
    public FlowSpec {
        prep = prep == null ? null : List.copyOf(prep);
        models = List.copyOf(models);
    }

    /**
     * The same spec writing its run folder to {@code dir} instead; a model or report path inside the old run folder
     * moves with it, one given elsewhere stays.
     */
    public FlowSpec withOutputDir(Path dir) {
        Path old = output.dir();
        Path target = dir.toAbsolutePath().normalize();
        java.util.function.UnaryOperator<Path> move = p -> p.startsWith(old) ? target.resolve(old.relativize(p)) : p;
        return new FlowSpec(file, text, name, seed, design, data, checks, split, prep, models, tune, evaluate,
                new OutputSpec(target, move.apply(output.model()), move.apply(output.report())));
    }

    /** The metric candidates are ranked by: the tune section's, else the success metric. */
    public String rankingMetric() {
        return tune.metric() != null ? tune.metric() : design.success().metric();
    }
}
