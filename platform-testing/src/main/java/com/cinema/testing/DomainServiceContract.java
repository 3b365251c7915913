package com.cinema.testing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.ApplicationEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every domain service promises operations (DESIGN.md §8), tested once for all of them: each
 * service's MicroShed integration test extends this class and adds its own domain tests.
 */
public abstract class DomainServiceContract {

    /** The service under test, as MicroShed found it (no trailing slash). */
    protected static final String BASE =
            ApplicationEnvironment.Resolver.load().getApplicationURL().replaceAll("/+$", "");

    protected final GraphQlHttp graphql = new GraphQlHttp(BASE);

    /** The Flyway version the service's newest migration brings the schema to. */
    protected String expectedSchemaVersion() {
        return "1";
    }

    @Test
    void healthChecksAreUpWithMigratedSchema() {
        assertThat(HttpProbe.health(BASE, "live").getString("status")).isEqualTo("UP");
        assertThat(HttpProbe.health(BASE, "started").getString("status")).isEqualTo("UP");
        JsonObject ready = HttpProbe.health(BASE, "ready");
        assertThat(ready.getString("status")).isEqualTo("UP");
        JsonObject database = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo(expectedSchemaVersion());
    }

    @Test
    void metricsArePrometheusText() {
        var response = HttpProbe.get(BASE + "/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE").contains("jvm_uptime_seconds");
    }
}
