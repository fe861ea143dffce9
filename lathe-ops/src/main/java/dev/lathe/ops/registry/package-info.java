/**
 * Model registry: registered models with immutable, checksummed versions, aliases with an audit trail, and
 * {@code models:/} URIs, sharing the tracking store's database and artifact root.
 */
package dev.lathe.ops.registry;
