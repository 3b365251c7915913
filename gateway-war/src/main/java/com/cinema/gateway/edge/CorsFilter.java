package com.cinema.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access to the gateway from an allow-list only (issue #17: never {@code *}). The origins come from
 * {@code cinema.cors.allowed-origins} (CINEMA_CORS_ALLOWED_ORIGINS, comma-separated, e.g.
 * {@code https://tickets.example.com}); none, the default, means same-origin only: the web app is served by the
 * gateway itself and needs no CORS. An allowed origin is echoed back (never a wildcard) with {@code Vary: Origin};
 * its preflight is answered here. Any other origin gets no CORS header at all, so browsers keep their same-origin
 * rule. Credentials are the Authorization header, not cookies, so no {@code Allow-Credentials}.
 */
@WebFilter(filterName = "cors", urlPatterns = "/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Last-Event-ID";

    private Set<String> allowedOrigins = Set.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        allowedOrigins = normalised(ConfigProvider.getConfig()
                .getOptionalValues("cinema.cors.allowed-origins", String.class).orElse(List.of()));
    }

    /** Scheme, host and port as a browser sends them in Origin, lower case, without a trailing slash. */
    static Set<String> normalised(List<String> origins) {
        return origins.stream().map(String::strip).filter(o -> !o.isEmpty() && !o.equals("*"))
                .map(o -> o.toLowerCase(Locale.ROOT)).map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean allowed(Set<String> allowedOrigins, String origin) {
        return origin != null && allowedOrigins.contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.addHeader("Vary", "Origin");
        }
        if (!allowed(allowedOrigins, origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin.strip());
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", "Retry-After");
        chain.doFilter(request, response);
    }
}
