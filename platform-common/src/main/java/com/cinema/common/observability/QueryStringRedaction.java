package com.cinema.common.observability;

import io.opentelemetry.api.trace.Span;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps query-string values out of traces (issue #17, "no secrets in logs"). Liberty's server span records the
 * request's query string as it came ({@code url.query}), so a token sent as {@code ?access_token=...}, or a GraphQL
 * document with a password sent as {@code GET /graphql?query=...}, went to every trace exporter (with
 * {@code OTEL_TRACES_EXPORTER=logging}, into messages.log; JwtRejectionIT found it). Before anything else runs,
 * the request goes on with a query string whose credential values are {@value #REDACTED} (see {@link #redacted}),
 * which is what Liberty's telemetry filter (after the descriptor's filters) records as {@code url.query}; a span
 * already open is given the same value. Parameters ({@code getParameter}) still come from the real query string.
 *
 * <p>Registered for every path of every WAR by platform-common's web-fragment.xml, first of its filters.
 */
public class QueryStringRedaction extends HttpFilter {

    static final String REDACTED = "REDACTED";
    /** OpenTelemetry's semantic-convention name, as Liberty's mpTelemetry sets it on server spans. */
    static final String URL_QUERY = "url.query";
    /** Parameter names that carry credentials (compared in lower case). */
    static final Set<String> SECRET_NAMES = Set.of("access_token", "id_token", "refresh_token", "token", "password",
            "secret", "client_secret", "api_key", "apikey");
    /** GraphQL over GET (lower case). */
    static final Set<String> GRAPHQL_NAMES = Set.of("query", "variables", "operationname", "extensions");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String redacted = query == null ? null : redacted(query, path.equals("/graphql") || path.startsWith("/graphql/"));
        if (redacted == null || redacted.equals(query)) {
            chain.doFilter(request, response);
            return;
        }
        Span span = Span.current();
        if (span.getSpanContext().isValid()) {
            span.setAttribute(URL_QUERY, redacted); // a span opened before this filter
        }
        // A span opened after it (Liberty's telemetry filter comes after the descriptor's filters) reads this.
        chain.doFilter(new Redacted(request, query, redacted), response);
    }

    /**
     * The query string with the value of every credential-named parameter ({@link #SECRET_NAMES}, any path) and of
     * GraphQL's own parameters (on /graphql: a document or its variables may carry a password) replaced by
     * {@value #REDACTED}. Other parameters keep their values: JAX-RS reads its {@code @QueryParam}s from the query
     * string this filter passes on (the gateway's report export reads {@code from} and {@code to}).
     */
    static String redacted(String query, boolean graphQl) {
        return Arrays.stream(query.split("&", -1)).map(pair -> {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return pair;
            }
            String name = pair.substring(0, equals).toLowerCase(Locale.ROOT);
            boolean secret = SECRET_NAMES.contains(name) || graphQl && GRAPHQL_NAMES.contains(name);
            return secret ? pair.substring(0, equals) + "=" + REDACTED : pair;
        }).collect(Collectors.joining("&"));
    }

    /** The request's query string as the client sent it, also behind this filter's wrapper (size checks). */
    public static String original(HttpServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            if (current instanceof Redacted redacted) {
                return redacted.original;
            }
            current = wrapper.getRequest();
        }
        return request.getQueryString();
    }

    /** getQueryString() gives the redacted form; parameters are read from the real one, unchanged. */
    private static final class Redacted extends HttpServletRequestWrapper {
        private final String original;
        private final String redacted;

        Redacted(HttpServletRequest request, String original, String redacted) {
            super(request);
            this.original = original;
            this.redacted = redacted;
        }

        @Override
        public String getQueryString() {
            return redacted;
        }
    }

}
