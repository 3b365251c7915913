package com.cinema.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a server's {@code /metrics} (Prometheus text), for tests that prove a metric moves after an
 * action: read, act, read again, compare. Series are summed over every label set a filter lets through.
 */
public final class MetricsScrape {

    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);

    private final String text;

    private MetricsScrape(String text) {
        this.text = text;
    }

    public static MetricsScrape of(String baseUrl) {
        HttpResponse<String> response = HttpProbe.get(baseUrl.replaceAll("/+$", "") + "/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /metrics answered " + response.statusCode());
        }
        return new MetricsScrape(response.body());
    }

    /** The sum of every sample of {@code name}; 0 when the metric has not been registered yet. */
    public double value(String name) {
        return value(name, labels -> true);
    }

    /** The sum of the samples of {@code name} whose label text (e.g. {@code {type="movie",}}) passes the filter. */
    public double value(String name, Predicate<String> labels) {
        double sum = 0;
        Matcher matcher = SAMPLE.matcher(text);
        while (matcher.find()) {
            String series = matcher.group(2) == null ? "" : matcher.group(2);
            if (matcher.group(1).equals(name) && labels.test(series)) {
                sum += Double.parseDouble(matcher.group(3));
            }
        }
        return sum;
    }

    /** Samples of {@code name} by the value of one label, e.g. the loads per {@code type}. */
    public Map<String, Double> byLabel(String name, String label) {
        Pattern labelValue = Pattern.compile("[{,]" + Pattern.quote(label) + "=\"([^\"]*)\"");
        Map<String, Double> values = new java.util.TreeMap<>();
        Matcher matcher = SAMPLE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(name) && matcher.group(2) != null) {
                Matcher value = labelValue.matcher(matcher.group(2));
                if (value.find()) {
                    values.merge(value.group(1), Double.parseDouble(matcher.group(3)), Double::sum);
                }
            }
        }
        return values;
    }

    /** Whether the text declares its metric types, as Prometheus text must. */
    public boolean isPrometheusText() {
        return text.contains("# TYPE ");
    }
}
