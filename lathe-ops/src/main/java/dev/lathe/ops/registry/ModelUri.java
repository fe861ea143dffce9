package dev.lathe.ops.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model URI: {@code models:/NAME/VERSION} (a fixed version) or {@code models:/NAME@ALIAS} (whatever version
 * the alias points to when resolved).
 *
 * @param name the registered model
 * @param version the version, or null when an alias is given
 * @param alias the alias, or null when a version is given
 */
public record ModelUri(String name, Integer version, String alias) {

    private static final Pattern FORM = Pattern.compile("models:/([^/@]+)(?:/(\\d+)|@([^/@]+))");

    /** Whether {@code text} is meant as a model URI (starts with {@code models:}). */
    public static boolean isModelUri(String text) {
        return text.startsWith("models:");
    }

    /**
     * Parses a model URI.
     *
     * @param text {@code models:/NAME/VERSION} or {@code models:/NAME@ALIAS}
     * @return the parsed URI
     * @throws IllegalArgumentException for any other form
     */
    public static ModelUri parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid model URI '" + text
                    + "': expected models:/NAME/VERSION or models:/NAME@ALIAS");
        }
        return new ModelUri(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3));
    }

    @Override
    public String toString() {
        return "models:/" + name + (version != null ? "/" + version : "@" + alias);
    }
}
