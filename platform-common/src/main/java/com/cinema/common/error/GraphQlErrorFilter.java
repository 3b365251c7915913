package com.cinema.common.error;

import com.cinema.common.json.JsonP;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every server's {@code /graphql} answers errors in one shape (see {@link GraphQlErrors}) and never with a
 * stack trace. Open Liberty's MP GraphQL cannot attach our codes itself: it reads {@code @ErrorCode} only
 * from the WAR's own classes, and it crashes while describing query validation errors
 * (NoSuchMethodError in ExecutionErrorsService), which would otherwise reach clients as an HTML error page.
 * That crash is Liberty's own (its SmallRye GraphQL calls a graphql-java method that its bundled graphql-java no
 * longer has: https://github.com/OpenLiberty/open-liberty/issues/29764); Liberty still writes an FFDC file for
 * each such request.
 */
// Registered in META-INF/web-fragment.xml, so every WAR that packages this jar gets it.
public class GraphQlErrorFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(GraphQlErrorFilter.class.getName());

    private static final byte[] ERRORS_KEY = "\"errors\"".getBytes(StandardCharsets.US_ASCII);

    private final GraphQlErrors errors = new GraphQlErrors(GraphQlErrorFilter::codeOfClass);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // JSON is UTF-8 (RFC 8259), but without a charset parameter the servlet container reads the body as
            // ISO-8859-1: browsers and clients send plain "application/json", and "Métro" would not be found.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (RaisedErrors.isOpen()) {
            // Dispatched again inside the same request: the outer pass rewrites the answer once.
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response);
        JsonObject rewritten;
        RaisedErrors raised;
        RaisedErrors.open();
        try {
            try {
                chain.doFilter(request, buffered);
            } finally {
                raised = RaisedErrors.close();
            }
            rewritten = rewrite(buffered.body(), request.getUserPrincipal() != null, raised);
            if (rewritten == null) {
                response.getOutputStream().write(buffered.body());
                return;
            }
            // An error in a GraphQL answer is data for the client, not an HTTP failure (Liberty's MP-JWT
            // sends 401 when a role check fails without a token; typed clients would misread that).
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (RuntimeException | ServletException | Error e) {
            if (isQueryValidationCrash(e)) {
                LOG.log(Level.FINE, "query failed validation", e);
                rewritten = GraphQlErrors.single(ErrorCode.VALIDATION,
                        "query: the query does not match the schema (unknown field, argument or type)");
                response.setStatus(HttpServletResponse.SC_OK);
            } else {
                LOG.log(Level.WARNING, "GraphQL request failed", e);
                rewritten = GraphQlErrors.single(ErrorCode.INTERNAL, GraphQlErrors.INTERNAL_MESSAGE);
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
        byte[] out = rewritten.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
    }

    /** The normalised response, or null when the body is not a GraphQL JSON response with errors. */
    private JsonObject rewrite(byte[] body, boolean signedIn, RaisedErrors raised) {
        if (!mentionsErrors(body)) {
            return null;
        }
        try (var reader = JsonP.PROVIDER.createReader(new ByteArrayInputStream(body))) {
            JsonObject response = reader.readObject();
            return response.containsKey("errors") ? errors.normalise(response, signedIn, raised) : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Whether the body holds {@code "errors"} (quoted) anywhere. An answer without it has no errors member, so the
     * usual answer (a seat map is 25 KB) goes out without being read into a JSON tree first (issue #16). A data
     * value that merely contains the word is read as before and found to have no errors.
     */
    static boolean mentionsErrors(byte[] body) {
        outer:
        for (int i = 0; i <= body.length - ERRORS_KEY.length; i++) {
            for (int j = 0; j < ERRORS_KEY.length; j++) {
                if (body[i + j] != ERRORS_KEY[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Liberty's bundled SmallRye throws NoSuchMethodError while describing a graphql-java ValidationError. */
    private static boolean isQueryValidationCrash(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoSuchMethodError && String.valueOf(t.getMessage()).contains("graphql.validation")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ErrorCode> codeOfClass(String className) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return ApiException.codeOf(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
