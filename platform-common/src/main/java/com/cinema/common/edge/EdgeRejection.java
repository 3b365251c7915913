package com.cinema.common.edge;

import com.cinema.common.error.ErrorCode;
import com.cinema.common.error.GraphQlErrors;
import com.cinema.common.json.JsonP;
import jakarta.json.JsonObject;

/**
 * A request refused at the edge, before any GraphQL parsing or execution: the HTTP status, a public message
 * (never the request's content: it may carry a password) and, for a limit, the limit's name; for a rate limit, the
 * seconds until a retry may succeed.
 */
public record EdgeRejection(int status, ErrorCode code, String field, String message, long retryAfterSeconds) {

    public static EdgeRejection validation(int status, String field, String message) {
        return new EdgeRejection(status, ErrorCode.VALIDATION, field, message, 0);
    }

    /** 429 with {@code Retry-After}: the caller spent a rate limit's budget. */
    public static EdgeRejection rateLimited(String field, String message, long retryAfterSeconds) {
        return new EdgeRejection(429, ErrorCode.RATE_LIMITED, field, message, Math.max(1, retryAfterSeconds));
    }

    /** 503: the caller's deadline (RequestDeadline) had passed before any work began; nobody waits for an answer. */
    public static EdgeRejection late() {
        return new EdgeRejection(503, ErrorCode.UPSTREAM_UNAVAILABLE, "deadline",
                "the request's deadline had passed before work began", 0);
    }

    /** The GraphQL-shaped body: {@code {"errors":[{"message","extensions":{"code","field"}}],"data":null}}. */
    public JsonObject body() {
        JsonObject single = GraphQlErrors.single(code, field + ": " + message);
        JsonObject error = single.getJsonArray("errors").getJsonObject(0);
        return JsonP.PROVIDER.createObjectBuilder(single)
                .add("errors", JsonP.PROVIDER.createArrayBuilder().add(JsonP.PROVIDER.createObjectBuilder(error)
                        .add("extensions", JsonP.PROVIDER.createObjectBuilder(error.getJsonObject("extensions"))
                                .add("field", field))))
                .build();
    }
}
