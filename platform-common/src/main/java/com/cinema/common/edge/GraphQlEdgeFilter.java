package com.cinema.common.edge;

import com.cinema.common.client.RequestDeadline;
import com.cinema.common.observability.QueryStringRedaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies {@link GraphQlRequestGate} to every request for {@code /graphql} on every server, ahead of the GraphQL
 * error filter and the MP GraphQL servlet (registered first in this jar's web-fragment.xml). A refused request gets
 * its status (413, 415, 400, 404), a GraphQL-shaped JSON body with {@code extensions.code} VALIDATION and one log
 * line without the request's content; an accepted POST is handed on with its body already read, at most
 * {@code maxBodyBytes} of it.
 */
public class GraphQlEdgeFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(GraphQlEdgeFilter.class.getName());

    private static final Clock CLOCK = Clock.systemUTC();

    private GraphQlRequestGate gate;
    private RequestDeadline.Policy deadlines = RequestDeadline.Policy.NONE;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // A server may add checks of the document itself (the gateway's cost model) as CDI beans.
        List<GraphQlDocumentCheck> checks = new ArrayList<>();
        try {
            CDI.current().select(GraphQlDocumentCheck.class).forEach(checks::add);
        } catch (IllegalStateException noCdiContainer) {
            LOG.fine("no CDI container: transport checks only");
        }
        gate = new GraphQlRequestGate(EdgeLimits.fromConfig(), checks);
        deadlines = RequestDeadline.Policy.fromConfig();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The request's deadline (the caller's budget, or the gateway's own): late work is refused before it
        // begins, and every call made while serving it carries what is left (RequestDeadline, GraphQlClient).
        Optional<Instant> deadline = deadlines.deadline(request.getHeader(RequestDeadline.HEADER), CLOCK);
        if (deadline.isPresent() && !CLOCK.instant().isBefore(deadline.get())) {
            refuse(request, response, EdgeRejection.late());
            return;
        }
        try (RequestDeadline.Scope ignored = RequestDeadline.enter(deadline)) {
            filter(request, response, chain);
        }
    }

    private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        // By URI, not servlet path: MP GraphQL maps /graphql/schema.graphql as a servlet of its own.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(method)) {
            Optional<EdgeRejection> refused = path.equals("/graphql/schema.graphql") ? gate.checkSchemaDownload()
                    : path.equals("/graphql") || path.equals("/graphql/")
                    ? gate.checkGet(QueryStringRedaction.original(request), request.getParameter("query"),
                    request.getParameter("operationName"), request.getParameter("variables"), client(request))
                    : Optional.empty();
            if (refused.isPresent()) {
                refuse(request, response, refused.get());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (!"POST".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EdgeRejection> refused = gate.checkPostHeaders(request.getContentType(),
                request.getContentLengthLong());
        if (refused.isPresent()) {
            refuse(request, response, refused.get());
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(gate.limits().maxBodyBytes() + 1);
        }
        refused = gate.checkPostBody(body, client(request));
        if (refused.isPresent()) {
            refuse(request, response, refused.get());
            return;
        }
        chain.doFilter(new ReadBodyRequest(request, body), response);
    }

    /** The sender: the address (X-Forwarded-For only from a trusted proxy) and the user MP-JWT verified, if any. */
    private EdgeClient client(HttpServletRequest request) {
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        return EdgeClient.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                gate.limits().trustedProxies(), user);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, EdgeRejection rejection)
            throws IOException {
        // One line, no stack trace and nothing of the body: a password in a broken query must not reach the log.
        LOG.info(() -> "edge: refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                + client(request).address() + " with " + rejection.status() + " (" + rejection.field() + ": "
                + rejection.message() + ")");
        if (rejection.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Long.toString(rejection.retryAfterSeconds()));
        }
        if (rejection.status() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            // The rest of an oversized body is never read: the connection cannot be reused.
            response.setHeader("Connection", "close");
        }
        byte[] out = rejection.body().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(rejection.status());
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
    }

    /** The request with its body already read into memory by the gate. */
    private static final class ReadBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset;
            try {
                charset = Charset.forName(getCharacterEncoding());
            } catch (IllegalArgumentException | NullPointerException unknownOrMissing) {
                charset = StandardCharsets.UTF_8; // JSON is UTF-8 (RFC 8259)
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
