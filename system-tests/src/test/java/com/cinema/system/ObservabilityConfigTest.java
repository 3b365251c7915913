package com.cinema.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/observability as code: promtool (Debian's prometheus package, installed by .ci/run) accepts the scrape
 * config and the alert rules, and the Grafana dashboard is JSON whose queries only name metrics the platform has.
 * No server needed.
 */
class ObservabilityConfigTest {

    static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../deploy/observability").normalize();

    @Test
    void promtoolAcceptsTheScrapeConfigAndItsAlertRules() throws Exception {
        assumePromtool();
        assertThat(Promtool.run(List.of("check", "config", DIR.resolve("prometheus.yml").toString()), null))
                .contains("SUCCESS: 1 rule files found");
        assertThat(Promtool.run(List.of("check", "rules", DIR.resolve("alerts.yml").toString()), null))
                .contains("SUCCESS: 8 rules found");
    }

    @Test
    void theScrapeConfigNamesAllSevenServers() throws IOException {
        String config = Files.readString(DIR.resolve("prometheus.yml"));
        // Where each server answers /metrics: the gateway on its management port, never its public one.
        Platform.MANAGEMENT_PORTS.forEach((name, port) -> assertThat(config).contains("\"" + name + ":" + port + "\""));
        assertThat(config).doesNotContain("\"gateway:" + Platform.PORTS.get("gateway") + "\"");
    }

    @Test
    void theDashboardIsProvisionedJsonWithPanels() throws IOException {
        JsonObject dashboard = Json.createReader(new StringReader(
                Files.readString(DIR.resolve("grafana/dashboards/cinema-overview.json")))).readObject();
        assertThat(dashboard.getString("uid")).isEqualTo("cinema-overview");
        assertThat(dashboard.getJsonArray("panels")).hasSizeGreaterThan(10);
        assertThat(dashboard.toString()).contains("booking_checkouts_total", "payment_charges_total",
                "holds_active", "downstream_call_duration_seconds_count", "ft_circuitbreaker_state_total_nanoseconds");
        assertThat(Files.readString(DIR.resolve("grafana/provisioning/dashboards/cinema.yml")))
                .contains("/var/lib/grafana/dashboards");
    }

    static void assumePromtool() {
        // .ci/run installs it; a developer machine without it skips with this message rather than failing.
        Assumptions.assumeTrue(Promtool.available(), "promtool is not installed (Debian: apt-get install prometheus; "
                + ".ci/run installs it)");
    }
}
