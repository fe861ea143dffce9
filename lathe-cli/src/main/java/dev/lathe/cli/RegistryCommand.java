package dev.lathe.cli;

import dev.lathe.ops.registry.AliasEvent;
import dev.lathe.ops.registry.ModelRegistry;
import dev.lathe.ops.registry.ModelVersion;
import dev.lathe.ops.registry.RegisteredModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lathe registry register|list|show|alias|history}: the model registry of a store. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Model registry: versions, aliases and their history.",
        subcommands = RegistryCommand.Alias.class)
final class RegistryCommand implements Runnable {

    private static final Pattern RUN_ARTIFACT = Pattern.compile("runs:/([0-9a-f]+)/(.+)");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code lathe registry register MODEL --name NAME}: a new version from a file or a run's artifact. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register a model file (or runs:/RUN_ID/ARTIFACT) as the next version of NAME.")
    int register(@Mixin StoreOptions store, @Parameters(paramLabel = "MODEL") String model,
            @Option(names = "--name", required = true, paramLabel = "NAME") String name,
            @Option(names = "--run", paramLabel = "RUN_ID", description = "The run that made the file.") String runId,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        ModelRegistry registry = new ModelRegistry(store.open());
        Matcher m = RUN_ARTIFACT.matcher(model);
        ModelVersion v = m.matches() ? registry.registerFromRun(name, m.group(1), m.group(2))
                : registry.register(name, Path.of(model), runId);
        return print(json ? Json.write(TrackingJson.version(v))
                : String.format(Locale.ROOT, "registered %s version %d (sha256 %s)", v.name(), v.version(), v.sha256()));
    }

    /** {@code lathe registry list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List registered models.")
    int list(@Mixin StoreOptions store, @Option(names = "--json", description = "Print JSON.") boolean json) {
        List<RegisteredModel> models = new ModelRegistry(store.open()).list();
        if (json) {
            List<Object> doc = new ArrayList<>();
            models.forEach(r -> doc.add(Map.of("name", r.name(), "latest_version", r.latestVersion(),
                    "aliases", r.aliases())));
            return print(Json.write(doc));
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s  %-7s  %s", "NAME", "LATEST", "ALIASES"));
        models.forEach(r -> text.append(String.format(Locale.ROOT, "%n%-24s  %-7d  %s", r.name(), r.latestVersion(),
                r.aliases())));
        return print(text.toString());
    }

    /** {@code lathe registry show NAME}: versions and aliases. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a model's versions and aliases.")
    int show(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME") String name,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        ModelRegistry registry = new ModelRegistry(store.open());
        RegisteredModel model = registry.get(name);
        List<ModelVersion> versions = registry.versions(name);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name", name);
            doc.put("aliases", model.aliases());
            List<Object> vs = new ArrayList<>();
            versions.forEach(v -> vs.add(TrackingJson.version(v)));
            doc.put("versions", vs);
            return print(Json.write(doc));
        }
        StringBuilder text = new StringBuilder(name + "  aliases " + model.aliases());
        for (ModelVersion v : versions) {
            text.append(String.format(Locale.ROOT, "%n  version %d  %s  by %s  run %s  from %s", v.version(),
                    Instant.ofEpochMilli(v.creationTime()), v.user(), v.runId(), v.source()));
        }
        return print(text.toString());
    }

    /** {@code lathe registry history NAME}: the alias audit trail. */
    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every alias change: who, when, from, to.")
    int history(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME") String name,
            @Option(names = "--json", description = "Print JSON.") boolean json) {
        List<AliasEvent> events = new ModelRegistry(store.open()).history(name);
        if (json) {
            List<Object> doc = new ArrayList<>();
            events.forEach(e -> doc.add(TrackingJson.event(e)));
            return print(Json.write(doc));
        }
        StringBuilder text = new StringBuilder();
        for (AliasEvent e : events) {
            text.append(String.format(Locale.ROOT, "%s  %-12s %s -> %s  by %s%n", Instant.ofEpochMilli(e.time()),
                    e.alias(), e.fromVersion() == null ? "-" : e.fromVersion(),
                    e.toVersion() == null ? "-" : e.toVersion(), e.user()));
        }
        return print(text.toString().stripTrailing());
    }

    private int print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        if (!text.isEmpty()) {
            out.println(text);
        }
        out.flush();
        return 0;
    }

    /** {@code lathe registry alias set|delete}. */
    @Command(name = "alias", mixinStandardHelpOptions = true, description = "Point an alias at a version, or remove it.")
    static final class Alias implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        /** {@code lathe registry alias set NAME ALIAS VERSION}. */
        @Command(name = "set", mixinStandardHelpOptions = true, description = "Point ALIAS of NAME at VERSION.")
        int set(@Mixin StoreOptions store, @Parameters(index = "0", paramLabel = "NAME") String name,
                @Parameters(index = "1", paramLabel = "ALIAS") String alias,
                @Parameters(index = "2", paramLabel = "VERSION") int version) {
            AliasEvent e = new ModelRegistry(store.open()).setAlias(name, alias, version);
            return say(e == null ? alias + " already points to version " + version
                    : String.format(Locale.ROOT, "%s@%s: %s -> %d", name, alias,
                            e.fromVersion() == null ? "-" : e.fromVersion(), version));
        }

        /** {@code lathe registry alias delete NAME ALIAS}. */
        @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove ALIAS of NAME.")
        int delete(@Mixin StoreOptions store, @Parameters(index = "0", paramLabel = "NAME") String name,
                @Parameters(index = "1", paramLabel = "ALIAS") String alias) {
            AliasEvent e = new ModelRegistry(store.open()).deleteAlias(name, alias);
            return say(String.format(Locale.ROOT, "%s@%s: %d -> -", name, alias, e.fromVersion()));
        }

        private int say(String text) {
            spec.commandLine().getOut().println(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
