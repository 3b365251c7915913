package com.cinema.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts GraphQL documents to one endpoint the way any client would: plain HTTP and JSON. */
public final class GraphQlHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI endpoint;
    private final String authorization;

    public GraphQlHttp(String baseUrl) {
        this(URI.create(baseUrl.replaceAll("/+$", "") + "/graphql"), null);
    }

    private GraphQlHttp(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    /** The same endpoint, each request carrying {@code Authorization: Bearer <token>}. */
    public GraphQlHttp withBearer(String token) {
        return new GraphQlHttp(endpoint, "Bearer " + token);
    }

    /** The Authorization header this client sends, or null (for other requests of the same caller). */
    public String authorization() {
        return authorization;
    }

    /** The same endpoint with a query string, e.g. a token where no server may accept one. */
    public GraphQlHttp withQueryString(String query) {
        return new GraphQlHttp(URI.create(endpoint + "?" + query), authorization);
    }

    /** The whole response body ({@code data} and {@code errors}). */
    public JsonObject post(String query) {
        return post(query, Map.of());
    }

    public JsonObject post(String query, Map<String, ?> variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        variables.forEach((k, v) -> vars.add(k, toJson(v)));
        String body = Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            lastStatus = response.statusCode();
            if (response.body().isBlank()) {
                // A server that refuses before GraphQL runs (e.g. a bad token) may answer with a bare status.
                return Json.createObjectBuilder().add("httpStatus", response.statusCode()).build();
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private volatile int lastStatus;

    /** The HTTP status of the last response. */
    public int lastStatus() {
        return lastStatus;
    }

    /** The first entry of {@code errors}, or null when the response has no error. */
    public static JsonObject firstError(JsonObject response) {
        if (!response.containsKey("errors") || response.isNull("errors") || response.getJsonArray("errors").isEmpty()) {
            return null;
        }
        return response.getJsonArray("errors").getJsonObject(0);
    }

    /** {@code extensions.code} of the first error, or null when the response has no error. */
    public static String firstErrorCode(JsonObject response) {
        return firstErrorExtension(response, "code");
    }

    /** {@code extensions.field} of the first error (the input a VALIDATION error names), or null. */
    public static String firstErrorField(JsonObject response) {
        return firstErrorExtension(response, "field");
    }

    /** {@code message} of the first error, or null when the response has no error. */
    public static String firstErrorMessage(JsonObject response) {
        JsonObject error = firstError(response);
        return error == null ? null : error.getString("message", null);
    }

    /** {@code data} of a response that must carry no error; the assertion message shows the whole response. */
    public static JsonObject dataWithoutErrors(JsonObject response) {
        if (firstError(response) != null || !response.containsKey("data") || response.isNull("data")) {
            throw new AssertionError("expected data and no errors, got " + response);
        }
        return response.getJsonObject("data");
    }

    private static String firstErrorExtension(JsonObject response, String key) {
        JsonObject error = firstError(response);
        if (error == null || !error.containsKey("extensions") || error.isNull("extensions")) {
            return null;
        }
        JsonObject extensions = error.getJsonObject("extensions");
        return extensions.containsKey(key) && !extensions.isNull(key) ? extensions.getString(key) : null;
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof JsonValue j) {
            return j;
        }
        return Json.createValue(value.toString());
    }
}
