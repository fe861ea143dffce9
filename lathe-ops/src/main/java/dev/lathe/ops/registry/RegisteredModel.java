package dev.lathe.ops.registry;

import java.util.Map;

/**
 * A registered model: a name with numbered versions and aliases.
 *
 * @param name the name
 * @param creationTime milliseconds since the epoch
 * @param latestVersion the highest version number
 * @param aliases alias to version, sorted by alias
 */
public record RegisteredModel(String name, long creationTime, int latestVersion, Map<String, Integer> aliases) {
}
