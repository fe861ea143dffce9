package dev.lathe.ops.flow.spec;

import dev.lathe.math.EditDistance;
import dev.lathe.tune.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reading of one YAML mapping of a flow spec: unknown keys, wrong types and values out of range are
 * recorded in {@link Problems} with their line (and the closest known key), and a default is returned so that
 * reading goes on and every problem is found in one pass. Used for flow specs and for other line-aware YAML
 * files of the operations side (alert rules).
 */
public final class Fields {

    private final YamlNode.Mapping mapping;
    private final String where;
    private final Problems problems;

    /**
     * @param node     the mapping (anything else is a problem; an absent or empty section is an empty mapping)
     * @param where    what the mapping is, for messages ("the design section")
     * @param problems where problems go
     * @param known    the keys the mapping may hold
     */
    public Fields(YamlNode node, String where, Problems problems, List<String> known) {
        this.where = where;
        this.problems = problems;
        this.mapping = asMapping(node, where, problems);
        for (Map.Entry<String, Integer> e : mapping.keyLines().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(e.getValue(), "unknown key '" + e.getKey() + "' in " + where + known(e.getKey(), known));
            }
        }
    }

    /** The node as a mapping; null or an empty scalar is an empty mapping, anything else a problem. */
    static YamlNode.Mapping asMapping(YamlNode node, String where, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        if (node != null && !(node instanceof YamlNode.Scalar s && s.value() == null)) {
            problems.add(node.line(), where + " must be a mapping of keys to values");
        }
        return new YamlNode.Mapping(Map.of(), Map.of(), node == null ? 0 : node.line());
    }

    /** The mapping's line. */
    public int line() {
        return mapping.line();
    }

    /** The line of {@code key}, or of the mapping when it is absent. */
    public int line(String key) {
        return mapping.keyLines().getOrDefault(key, mapping.line());
    }

    /** Whether {@code key} is given (even as null). */
    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** The node of {@code key}, or null. */
    public YamlNode node(String key) {
        return mapping.entries().get(key);
    }

    /** The keys, in file order. */
    public List<String> keys() {
        return new ArrayList<>(mapping.entries().keySet());
    }

    /** A text value; a required one that is absent is a problem (and gives null). */
    public String text(String key, String fallback, boolean required) {
        YamlNode n = node(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            if (required) {
                problems.add(line(), where + " needs '" + key + "'");
            }
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s) {
            return String.valueOf(s.value()).strip();
        }
        problems.add(n.line(), "'" + key + "' in " + where + " must be a single value, got a "
                + (n instanceof YamlNode.Sequence ? "list" : "mapping"));
        return fallback;
    }

    /** One of {@code choices} (case-insensitive, returned in lower case), or {@code fallback} when absent. */
    public String choice(String key, String fallback, List<String> choices) {
        String v = text(key, null, false);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            problems.add(line(key), "'" + key + "' in " + where + " must be one of " + String.join(", ", choices)
                    + ", got '" + v + "'" + suggest(lower, choices));
            return fallback;
        }
        return lower;
    }

    /** A number in [min, max], or {@code fallback} when absent or wrong (null fallback: optional). */
    public Double number(String key, Double fallback, double min, double max) {
        YamlNode n = node(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.value() == null) {
            return fallback;
        }
        Double v = n instanceof YamlNode.Scalar s ? toDouble(s.value()) : null;
        if (v == null || v.isNaN()) {
            problems.add(n.line(), "'" + key + "' in " + where + " must be a number, got " + describe(n));
            return fallback;
        }
        if (v < min || v > max) {
            problems.add(n.line(), "'" + key + "' in " + where + " must be between " + plain(min) + " and "
                    + plain(max) + ", got " + plain(v));
            return fallback;
        }
        return v;
    }

    /** A whole number in [min, max], or {@code fallback} when absent or wrong. */
    public Integer whole(String key, Integer fallback, int min, int max) {
        Double v = number(key, null, min, max);
        if (v == null) {
            return fallback;
        }
        if (v != Math.rint(v)) {
            problems.add(line(key), "'" + key + "' in " + where + " must be a whole number, got " + plain(v));
            return fallback;
        }
        return v.intValue();
    }

    /** A boolean, or {@code fallback} when absent or wrong. */
    public boolean flag(String key, boolean fallback) {
        YamlNode n = node(key);
        if (n == null) {
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problems.add(n.line(), "'" + key + "' in " + where + " must be true or false, got " + describe(n));
        return fallback;
    }

    /** A list of texts (a single value is a list of one), or an empty list when absent. */
    public List<String> texts(String key) {
        YamlNode n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof YamlNode.Scalar s && s.value() != null) {
            out.add(String.valueOf(s.value()).strip());
        } else if (n instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null) {
                    out.add(String.valueOf(s.value()).strip());
                } else {
                    problems.add(item.line(), "'" + key + "' in " + where + " must list single values, got "
                            + describe(item));
                }
            }
        } else {
            problems.add(n.line(), "'" + key + "' in " + where + " must be a list of values");
        }
        return out;
    }

    /** A mapping of names to texts (column -> type), in file order, or an empty map when absent. */
    public Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode.Mapping m = asMapping(node(key), "'" + key + "' in " + where, problems);
        m.entries().forEach((k, v) -> {
            if (v instanceof YamlNode.Scalar s && s.value() != null) {
                out.put(k, String.valueOf(s.value()).strip());
            } else {
                problems.add(m.keyLines().get(k), "'" + k + "' in '" + key + "' must be a single value, got "
                        + describe(v));
            }
        });
        return out;
    }

    /**
     * {@code ; did you mean 'x'?} with the known name closest to {@code name}, when it is close (at most a third of
     * the name's letters, and at least 2, differ); empty otherwise.
     */
    static String suggest(String name, java.util.Collection<String> known) {
        List<String> close = EditDistance.closest(name, known, 1);
        if (close.isEmpty() || EditDistance.of(name, close.get(0)) > Math.max(2, name.length() / 3)) {
            return "";
        }
        return "; did you mean '" + close.get(0) + "'?";
    }

    /** {@code ; did you mean 'x'? known: a, b} (the suggestion only when close, {@link #suggest}). */
    static String known(String name, java.util.Collection<String> known) {
        String hint = suggest(name, known);
        return (hint.isEmpty() ? ";" : hint) + " known: " + String.join(", ", known);
    }

    /** The node as plain Java values: maps, lists, numbers, texts, booleans, null. */
    static Object plainValue(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value();
        }
        if (node instanceof YamlNode.Sequence list) {
            return list.items().stream().map(Fields::plainValue).toList();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach((k, v) -> out.put(k, plainValue(v)));
        return out;
    }

    /** How a node reads in a message. */
    public static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.value() == null ? "nothing" : "'" + s.value() + "'";
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private static Double toDouble(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip()); // YAML 1.1 reads 1e-3 as text
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
