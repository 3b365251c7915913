package com.cinema.testing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every domain service promises operations (docs/architecture.md, "Operations"), tested once for all of them: each
 * service's MicroShed integration test extends this class and adds its own domain tests.
 */
public abstract class DomainServiceContract {

    /** The service under test, as MicroShed found it (no trailing slash). */
    protected static final String BASE =
            ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");

    /** Liberty's request counter of the servlet that serves {@code /graphql} ({@code <app>_war_ExecutionServlet}). */
    private static final String GRAPHQL_REQUESTS = "servlet_request_total";
    private static final Predicate<String> GRAPHQL_SERVLET = labels -> labels.contains("_ExecutionServlet\"");

    protected final GraphQlHttp graphql = new GraphQlHttp(BASE);

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    /**
     * The Flyway version the service's newest migration brings the schema to: the highest {@code V<n>__*.sql} in the
     * module's {@code src/main/resources/db/migration} (the tests run in the module's folder), so a new migration
     * needs no test edit and a migration that did not run still fails.
     */
    protected String expectedSchemaVersion() {
        Path migrations = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1))).max(Integer::compare).map(String::valueOf)
                    .orElseThrow(() -> new AssertionError("no migrations in " + migrations.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void awaitTheDeployedService() {
        HttpProbe.awaitReady(BASE, Duration.ofMinutes(2));
    }

    @Test
    void healthChecksAreUpWithMigratedSchema() {
        assertThat(HttpProbe.health(BASE, "live").getString("status")).isEqualTo("UP");
        assertThat(HttpProbe.health(BASE, "started").getString("status")).isEqualTo("UP");
        JsonObject ready = HttpProbe.health(BASE, "ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(databaseCheck(ready).getJsonObject("data").getString("schemaVersion"))
                .isEqualTo(expectedSchemaVersion());
    }

    /** The readiness check of the service's own database (DatabaseHealth). */
    private static JsonObject databaseCheck(JsonObject ready) {
        return ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
    }

    /**
     * On the embedded H2 database the file is compacted on a schedule (every 5 s by default, first run 5 s after the
     * schema is migrated): the runs reach H2's store through the server's pooled data source and are counted. On
     * MySQL nothing runs and nothing is registered.
     */
    @Test
    void anEmbeddedH2FileIsCompactedOnSchedule() throws InterruptedException {
        if (!databaseCheck(HttpProbe.health(BASE, "ready")).getJsonObject("data").getString("product").equals("H2")) {
            assertThat(HttpProbe.get(BASE + "/metrics").body()).doesNotContain("h2_compaction_runs");
            return;
        }
        Instant deadline = Instant.now().plusSeconds(30);
        MetricsScrape metrics = MetricsScrape.of(BASE);
        while (metrics.value("h2_compaction_runs_total") < 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            metrics = MetricsScrape.of(BASE);
        }
        assertThat(metrics.byLabel("h2_compaction_runs_total", "outcome").keySet()).isNotEmpty()
                .isSubsetOf("rewrote", "unchanged");
        assertThat(metrics.value("h2_file_size_bytes")).isGreaterThan(0);
    }

    @Test
    void metricsCountEachGraphQlRequestExactlyOnce() {
        MetricsScrape before = MetricsScrape.of(BASE);
        assertThat(before.isPrometheusText()).isTrue();
        assertThat(before.value("jvm_uptime_seconds")).isPositive();

        JsonObject response = graphql.post("{ __typename }");
        assertThat(response.getJsonObject("data").getString("__typename")).isEqualTo("Query");

        // The GraphQL endpoint's own servlet: nothing else in the test posts to it between the two readings.
        double requests = MetricsScrape.of(BASE).value(GRAPHQL_REQUESTS, GRAPHQL_SERVLET)
                - before.value(GRAPHQL_REQUESTS, GRAPHQL_SERVLET);
        assertThat(requests).isEqualTo(1.0);
    }
}
