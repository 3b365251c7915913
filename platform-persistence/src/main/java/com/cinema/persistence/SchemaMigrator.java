package com.cinema.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the service's own database to the newest schema when the application starts.
 * Flyway owns the schema; Hibernate never creates or alters tables. Flyway's lock on its history
 * table makes it safe for several replicas to start at once.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/cinema")
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    private volatile String schemaVersion;

    void migrateOnStartup(@Observes Startup startup) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        // The result names the version reached (or the one found when nothing was pending): no second scan of the
        // migrations and the history table through flyway.info() at every start.
        schemaVersion = Optional.ofNullable(result.targetSchemaVersion)
                .or(() -> Optional.ofNullable(result.initialSchemaVersion))
                .orElse("none");
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated.fire(new SchemaMigrated(schemaVersion));
    }

    /** The current schema version, or empty while the migration has not finished. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
