package dev.lathe.ops.registry;

/**
 * One change of an alias, for the audit trail.
 *
 * @param name the registered model
 * @param alias the alias
 * @param fromVersion the version it pointed to before, or null when it was new
 * @param toVersion the version it points to after, or null when it was deleted
 * @param user who changed it
 * @param time milliseconds since the epoch
 */
public record AliasEvent(String name, String alias, Integer fromVersion, Integer toVersion, String user, long time) {
}
