package com.cinema.payment.it;

import com.cinema.testing.HttpProbe;

import java.util.Arrays;

/** Reads one value of the Prometheus text at /metrics. */
final class Metrics {

    private Metrics() {
    }

    /** The value of the sample named {@code name} carrying every given label ({@code key="value"}), or 0. */
    static double value(String baseUrl, String name, String... labels) {
        String text = HttpProbe.get(baseUrl + "/metrics?scope=application").body();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    static double charges(String baseUrl, String method, String outcome) {
        return value(baseUrl, "payment_charges_total", "method=\"" + method + "\"", "outcome=\"" + outcome + "\"");
    }
}
