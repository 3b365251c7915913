package com.cinema.system;

import com.cinema.testing.HttpProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the other system tests have exercised every server: each server's own metrics (MicroProfile Metrics'
 * application scope, {@code /metrics?scope=application}) pass {@code promtool check metrics} without a single
 * complaint (help text, units, counter suffixes, snake_case). Liberty's built-in base and vendor metrics
 * ({@code classloader_*}, {@code threadpool_*}, {@code ft_*}, {@code mp_graphql_*}, ...) are Liberty's naming and
 * are left out. Runs before the classes that restart servers (CheckoutRecoveryIT at 76, ReplicaIT, CardDataLeakIT,
 * PlatformIT): a restarted server has not yet made the business metrics it makes when first used.
 */
@ExtendWith(PlatformExtension.class)
@Order(75)
class MetricsExpositionIT {

    /** Metrics each server must have by now: ObservabilityIT alone makes a hold and a card checkout. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "gateway", List.of("downstream_call_duration_seconds_count"),
            "booking", List.of("holds_created_total", "seat_hold_conflicts_total", "holds_active",
                    "booking_checkouts_total", "tickets_checked_in_total", "downstream_call_duration_seconds_count"),
            "payment", List.of("payment_charges_total", "payment_charge_duration_seconds_count"),
            // Registered with zeros at start: a quiet day still has the series the alerts read.
            "user", List.of("password_reset_requests_total", "password_resets_total", "password_reset_mail_failures_total"));

    @Test
    void everyServersOwnMetricsPassPromtool() throws Exception {
        ObservabilityConfigTest.assumePromtool();
        List<String> complaints = new ArrayList<>();
        for (var server : Platform.MANAGEMENT_PORTS.entrySet()) {
            HttpResponse<String> scrape = HttpProbe.get("http://localhost:" + server.getValue()
                    + "/metrics?scope=application");
            // A server without metrics of its own in this run may answer the scope with no content.
            assertThat(scrape.statusCode()).as(server.getKey() + " /metrics").isIn(200, 204, 404);
            String exposition = scrape.statusCode() == 200 ? scrape.body() : "";
            for (String metric : EXPECTED.getOrDefault(server.getKey(), List.of())) {
                assertThat(exposition).as(server.getKey() + " exposes " + metric).contains("\n" + metric + "{");
                assertThat(exposition).as(server.getKey() + " describes " + metric)
                        .containsPattern("# HELP " + metric.replaceAll("_(total|count)$", "") + "(_total)? \\S");
            }
            if (exposition.isBlank()) {
                continue;
            }
            try {
                String output = Promtool.run(List.of("check", "metrics"), exposition);
                if (!output.isBlank()) {
                    complaints.add(server.getKey() + ": " + output.strip());
                }
            } catch (AssertionError failed) {
                complaints.add(server.getKey() + ": " + failed.getMessage());
            }
        }
        assertThat(complaints).as("promtool check metrics on each server's own metrics").isEmpty();
    }
}
