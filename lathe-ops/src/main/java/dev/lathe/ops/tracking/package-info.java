/**
 * Tracking store: experiments, runs with write-once parameters, metric histories and tags, artifacts under
 * store-assigned locations, soft delete with garbage collection, and run search, over JDBC (embedded SQLite
 * by default, PostgreSQL for teams) with the schema migrated by Flyway.
 */
package dev.lathe.ops.tracking;
