package com.cinema.persistence;

/**
 * Fired once the service's schema is at the latest Flyway version. Start-up work that needs the tables
 * (demo data, caches) observes this instead of racing the migration.
 */
public record SchemaMigrated(String schemaVersion) {
}
