package dev.lathe.cli;

import dev.lathe.ops.tracking.Experiment;
import dev.lathe.ops.tracking.Lifecycle;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lathe experiments list|create|delete|restore}: the experiments of a store. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        description = "Experiments: list, create, delete (with their runs), restore.")
final class ExperimentsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lathe experiments list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List experiments.")
    int list(@Mixin StoreOptions store,
            @Option(names = "--deleted", description = "List deleted experiments instead of active ones.") boolean deleted,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        List<Experiment> experiments = store.open().experiments().list(deleted ? Lifecycle.DELETED : Lifecycle.ACTIVE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> doc = new ArrayList<>();
            experiments.forEach(e -> doc.add(Map.of("experiment_id", e.id(), "name", e.name(), "lifecycle_stage",
                    e.lifecycle().dbValue(), "creation_time", e.creationTime())));
            out.println(Json.write(doc));
        } else {
            out.printf(Locale.ROOT, "%-6s  %-32s  %s%n", "ID", "NAME", "CREATED");
            experiments.forEach(e -> out.printf(Locale.ROOT, "%-6d  %-32s  %s%n", e.id(), e.name(),
                    Instant.ofEpochMilli(e.creationTime())));
        }
        out.flush();
        return 0;
    }

    /** {@code lathe experiments create NAME}. */
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an experiment (no-op if it exists).")
    int create(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME") String name) {
        Experiment e = store.open().experiments().getOrCreate(name);
        return say("experiment " + e.name() + " (id " + e.id() + ")");
    }

    /** {@code lathe experiments delete NAME}: soft delete with its active runs. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Soft-delete an experiment and its active runs (restorable until gc).")
    int delete(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME") String name) {
        store.open().experiments().delete(name);
        return say("deleted experiment " + name);
    }

    /** {@code lathe experiments restore NAME}: with the runs deleted with it. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a deleted experiment and the runs deleted with it.")
    int restore(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME") String name) {
        store.open().experiments().restore(name);
        return say("restored experiment " + name);
    }

    private int say(String text) {
        spec.commandLine().getOut().println(text);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
