package com.cinema.common.error;

import com.cinema.common.json.JsonP;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of every error the web container answers itself (unknown path, method not allowed, an exception no
 * filter caught): the default error page of each WAR (platform-common's web-fragment.xml). Liberty's own pages
 * name Java classes and messages ({@code SRVE0190E: java.io.FileNotFoundException}), which tell an attacker what
 * runs here (issue #17). This answer has the GraphQL error shape with a code and the status's reason, never the
 * exception or its message; the exception itself is in the server's log already.
 */
@WebServlet(name = "cinema-error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/cinema-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, this path is just another path that does not exist.
        int status = code instanceof Integer value && value >= 400 ? value : HttpServletResponse.SC_NOT_FOUND;
        byte[] body = body(status).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** {"errors":[{"message":"Not Found","extensions":{"code":"NOT_FOUND","status":404}}]} */
    static String body(int status) {
        return JsonP.PROVIDER.createObjectBuilder().add("errors", JsonP.PROVIDER.createArrayBuilder()
                .add(JsonP.PROVIDER.createObjectBuilder()
                        .add("message", reason(status))
                        .add("extensions", JsonP.PROVIDER.createObjectBuilder().add("code", code(status).name())
                                .add("status", status))))
                .build().toString();
    }

    static ErrorCode code(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 502, 503, 504 -> ErrorCode.UPSTREAM_UNAVAILABLE;
            default -> status < 500 ? ErrorCode.VALIDATION : ErrorCode.INTERNAL;
        };
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Please sign in to do that";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request too large";
            case 415 -> "Unsupported content type";
            case 429 -> "Too many requests";
            default -> status < 500 ? "Request refused" : "Something went wrong on our side; please try again";
        };
    }
}
