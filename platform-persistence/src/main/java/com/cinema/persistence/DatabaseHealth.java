package com.cinema.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Health of the service's own database. Started: the schema migration has finished.
 * Ready: the database answers a validity check within a configured number of seconds.
 */
@ApplicationScoped
public class DatabaseHealth {

    @Resource(lookup = "jdbc/cinema")
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    @Inject
    @ConfigProperty(name = "cinema.health.db-timeout-seconds", defaultValue = "2")
    int timeoutSeconds;

    @Produces
    @Readiness
    HealthCheck databaseReachable() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            try (Connection connection = dataSource.getConnection()) {
                boolean valid = connection.isValid(timeoutSeconds);
                return response.status(valid && migrator.schemaVersion().isPresent())
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .withData("schemaVersion", migrator.schemaVersion().orElse("migrating"))
                        .build();
            } catch (SQLException e) {
                return response.down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Produces
    @Startup
    HealthCheck schemaMigrated() {
        return () -> HealthCheckResponse.named("schema")
                .status(migrator.schemaVersion().isPresent())
                .withData("version", migrator.schemaVersion().orElse("migrating"))
                .build();
    }
}
