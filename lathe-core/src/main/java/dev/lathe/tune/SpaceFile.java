package dev.lathe.tune;

import dev.lathe.math.EditDistance;
import dev.lathe.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SearchSpace} written in YAML ({@code lathe train --tune ... --space space.yaml}): a mapping of
 * hyperparameter names (as {@link PipelineParams} reads them) to their values, in order, each parent
 * before its children.
 *
 * <pre>{@code
 * C: {log_uniform: [0.001, 1000]}
 * penalty: [l2, elasticnet]                 # a plain list: the choices
 * l1_ratio:
 *   uniform: [0.0, 1.0]
 *   when: {penalty: elasticnet}             # exists only with penalty=elasticnet (a list names several values)
 * max_iter: {integers: [100, 500]}          # whole numbers, both ends included
 * tol: {choice: [0.0001, 0.001]}            # the same as a plain list
 * }</pre>
 *
 * Every error names the file and line: a YAML syntax error, an unknown kind (with the closest known one), a
 * range that is not two numbers, an empty list, low above high, a log-uniform range with low at or below 0, a
 * condition on an undeclared parent or on a value it cannot take, a name given twice, and (in
 * {@link #checkedAgainst}) a name that is not a hyperparameter of the pipeline, with the closest known name.
 *
 * @param source the file's name, for messages
 * @param space  the space
 * @param lines  the line of each parameter's name
 */
public record SpaceFile(String source, SearchSpace space, Map<String, Integer> lines) {

    /** The kinds of values a parameter may have. */
    public static final List<String> KINDS = List.of("choice", "uniform", "log_uniform", "integers");

    private static final String WHEN = "when";

    /** Copies the line map. */
    public SpaceFile {
        lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** Reads and parses the UTF-8 YAML file {@code file}. */
    public static SpaceFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read search space file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses YAML text.
     *
     * @param source the file's name, for messages
     */
    public static SpaceFile parse(String yaml, String source) {
        return of(YamlNode.parse(yaml, source), source);
    }

    /**
     * Parses a space from a YAML node already read (a flow spec's {@code space:} entry).
     *
     * @param root   the space's node: a mapping of hyperparameter names to their values
     * @param source the file's name, for messages
     */
    public static SpaceFile of(YamlNode root, String source) {
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new IllegalArgumentException(at(source, root.line()) + "a search space is a mapping of hyperparameter "
                    + "names to their values, e.g. 'alpha: {log_uniform: [0.001, 1000]}'");
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : top.entries().entrySet()) {
            int line = top.keyLines().get(e.getKey());
            try {
                dimensions.add(dimension(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(at(source, line) + "parameter '" + e.getKey() + "': "
                        + ex.getMessage(), ex);
            }
            try {
                new SearchSpace(dimensions); // checks the condition against the parameters above it
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(at(source, line) + ex.getMessage(), ex);
            }
        }
        return new SpaceFile(source, new SearchSpace(dimensions), top.keyLines());
    }

    /**
     * The space, after checking that every name is a hyperparameter of {@code pipeline}; an unknown name fails
     * with its line, the closest known name and the list of known ones.
     */
    public SearchSpace checkedAgainst(Pipeline pipeline) {
        for (String name : space.names()) {
            try {
                PipelineParams.checkName(pipeline, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at(source, lines.get(name)) + e.getMessage(), e);
            }
        }
        return space;
    }

    private static Dimension dimension(String name, YamlNode node) {
        if (node instanceof YamlNode.Sequence list) {
            return new Dimension(name, choice(list), null, List.of());
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new IllegalArgumentException("expected a list of choices or a mapping such as {uniform: [0, 1]}, "
                    + "got " + describe(node));
        }
        List<String> kinds = m.entries().keySet().stream().filter(k -> !k.equals(WHEN)).toList();
        if (kinds.size() != 1) {
            throw new IllegalArgumentException(kinds.isEmpty() ? "no values given; give one of " + String.join(", ", KINDS)
                    : "give one kind of values, not " + String.join(" and ", kinds));
        }
        String kind = kinds.get(0);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind '" + kind + "'; did you mean '"
                    + EditDistance.closest(kind, KINDS, 1).get(0) + "'? known: " + String.join(", ", KINDS));
        }
        YamlNode values = m.entries().get(kind);
        Distribution distribution = kind.equals("choice") ? choice(list(values, kind)) : range(kind, values);
        YamlNode when = m.entries().get(WHEN);
        if (when == null) {
            return new Dimension(name, distribution, null, List.of());
        }
        if (!(when instanceof YamlNode.Mapping condition) || condition.entries().size() != 1) {
            throw new IllegalArgumentException("'when' takes one parent and its value(s), e.g. when: {penalty: elasticnet}");
        }
        Map.Entry<String, YamlNode> parent = condition.entries().entrySet().iterator().next();
        List<Object> parentValues = parent.getValue() instanceof YamlNode.Sequence s
                ? s.items().stream().map(SpaceFile::scalar).toList() : List.of(scalar(parent.getValue()));
        return new Dimension(name, distribution, parent.getKey(), new ArrayList<>(parentValues));
    }

    private static Distribution choice(YamlNode.Sequence list) {
        List<Object> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            Object v = scalar(item);
            if (v == null) {
                throw new IllegalArgumentException("a choice is empty (null)");
            }
            values.add(v);
        }
        return new Distribution.Choice(values);
    }

    private static Distribution range(String kind, YamlNode node) {
        YamlNode.Sequence ends = list(node, kind);
        if (ends.items().size() != 2) {
            throw new IllegalArgumentException(kind + " takes [low, high], got " + ends.items().size() + " value(s)");
        }
        double low = number(kind, ends.items().get(0));
        double high = number(kind, ends.items().get(1));
        return switch (kind) {
            case "uniform" -> new Distribution.Uniform(low, high);
            case "log_uniform" -> new Distribution.LogUniform(low, high);
            default -> new Distribution.IntRange(whole(kind, low), whole(kind, high));
        };
    }

    private static YamlNode.Sequence list(YamlNode node, String kind) {
        if (node instanceof YamlNode.Sequence s) {
            return s;
        }
        throw new IllegalArgumentException(kind + " takes a list, got " + describe(node));
    }

    /** A number, also when YAML read it as text (YAML 1.1 reads 1e-3, without a dot, as text). */
    private static double number(String kind, YamlNode node) {
        Object v = scalar(node);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(kind + " takes numbers, got " + describe(node));
    }

    private static int whole(String kind, double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(kind + " takes whole numbers, got " + v);
        }
        return (int) v;
    }

    private static Object scalar(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value();
        }
        throw new IllegalArgumentException("expected a single value, got " + describe(node));
    }

    private static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value() == null ? "nothing" : "'" + s.value() + "'";
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private static String at(String source, int line) {
        return source + " line " + line + ": ";
    }
}
