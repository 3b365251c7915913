package com.cinema.common.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Logger;

/**
 * One log line per GraphQL request when {@code cinema.log.requests} is true (CINEMA_LOG_REQUESTS; off by
 * default, as Liberty's own access log is): method, path, status and time, nothing of the caller or the body.
 * The line carries the request's trace and span id in JSON logs ({@link TraceLogFields}), so an operator following
 * a trace finds every server it crossed, including those that answered without logging anything else.
 *
 * <p>Liberty's server span is current only around the servlet (its telemetry filter comes after the filters a
 * web-fragment declares), so this filter notes the span when the servlet sets the response's content type,
 * status or headers, and logs its line inside that span once the request is done.
 */
public class RequestLogFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestLogFilter.class.getName());
    static final String ENABLED = "cinema.log.requests";

    private boolean enabled;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        enabled = ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        SpanNoting noting = new SpanNoting(response);
        try {
            chain.doFilter(request, noting);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (Scope ignored = Span.wrap(noting.span).makeCurrent()) {
                LOG.info(() -> line(request.getMethod(), request.getRequestURI(), response.getStatus(), millis));
            }
        }
    }

    static String line(String method, String path, int status, long millis) {
        return "request: " + method + " " + path + " " + status + " in " + millis + " ms";
    }

    /** Notes the first valid span current while the response is being shaped (that is, inside the servlet). */
    static final class SpanNoting extends HttpServletResponseWrapper {

        SpanContext span = SpanContext.getInvalid();

        SpanNoting(HttpServletResponse response) {
            super(response);
        }

        void note() {
            if (!span.isValid()) {
                SpanContext current = Span.current().getSpanContext();
                if (current.isValid()) {
                    span = current;
                }
            }
        }

        @Override
        public void setContentType(String type) {
            note();
            super.setContentType(type);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            note();
            super.setCharacterEncoding(charset);
        }

        @Override
        public void setStatus(int status) {
            note();
            super.setStatus(status);
        }

        @Override
        public void setHeader(String name, String value) {
            note();
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            note();
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            note();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            note();
            return super.getWriter();
        }
    }
}
